package dev.impostgres.conformance.script;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A case's {@code COPY … FROM STDIN;} statement with its data lines, psql style, ending with a {@code \.} line.
 * Text and CSV data are sent as written (UTF-8); when the server answers CopyInResponse with the binary format,
 * the data is hex (whitespace and {@code #} comments to end of line ignored), so a case can spell out a PGCOPY
 * stream byte by byte.
 */
public record CopyInlineData(String query, String data) {

    private static final Pattern COPY_FROM_STDIN =
            Pattern.compile("(?is)^copy\\b.*\\bfrom\\s+stdin\\b.*");

    static boolean isCopyFromStdin(String statement) {
        return COPY_FROM_STDIN.matcher(statement.strip()).matches();
    }

    /** The query and its data when {@code sql} is such a statement with data, else null. */
    public static CopyInlineData of(String sql) {
        if (!isCopyFromStdin(sql) || !sql.endsWith("\\.")) return null;
        int semicolon = sql.indexOf(";\n");
        if (semicolon < 0) return null;
        return new CopyInlineData(sql.substring(0, semicolon), sql.substring(semicolon + 2, sql.length() - 2));
    }

    public byte[] bytes(boolean binary) {
        if (!binary) return data.getBytes(StandardCharsets.UTF_8);
        StringBuilder hex = new StringBuilder();
        for (String line : data.split("\n", -1)) {
            int comment = line.indexOf('#');
            hex.append((comment < 0 ? line : line.substring(0, comment)).replaceAll("\\s+", ""));
        }
        return HexFormat.of().parseHex(hex);
    }
}
