package dev.impostgres.tracking;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a Postgres database name to its SQLite file name and back. Any identifier is allowed ("/", "..", upper case,
 * unicode), so the encoding keeps only {@code [a-z0-9_-]} as is and writes every other UTF-8 byte as {@code %xx}
 * (lower-case hex). Upper case is escaped too, so "Foo" and "foo" stay distinct on case-insensitive file systems;
 * Windows device names (con, nul, …) get their first letter escaped. The mapping is reversible and injective.
 */
final class DatabaseFileNames {
    private DatabaseFileNames() {}

    static final String SUFFIX = ".db";
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    static String fileName(String database) {
        byte[] bytes = database.getBytes(StandardCharsets.UTF_8);
        boolean device = DEVICE_NAMES.contains(database);
        StringBuilder out = new StringBuilder(bytes.length * 3 + SUFFIX.length());
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean plain = (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_' || b == '-';
            if (plain && !(device && i == 0)) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xf, 16));
            }
        }
        return out.append(SUFFIX).toString();
    }

    /** The database a file in the data directory holds, or empty for files that are not ours. */
    static Optional<String> databaseName(String fileName) {
        if (!fileName.endsWith(SUFFIX)) return Optional.empty();
        String encoded = fileName.substring(0, fileName.length() - SUFFIX.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            String name = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            // Only the canonical spelling counts, so two files can never claim the same database.
            return name.isEmpty() || !fileName(name).equals(fileName) ? Optional.empty() : Optional.of(name);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
