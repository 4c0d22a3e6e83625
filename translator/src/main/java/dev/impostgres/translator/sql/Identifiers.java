package dev.impostgres.translator.sql;

import java.util.Set;

/** quote_identifier as Postgres does it (ruleutils.c): quotes unless all lower-case/digits/_ and not reserved. */
public final class Identifiers {
    private Identifiers() {}

    /** Reserved key words (the ones quote_identifier must quote); a common subset of kwlist.h's RESERVED_KEYWORD. */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
            "current_catalog", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for",
            "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into", "lateral",
            "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order",
            "placing", "primary", "references", "returning", "select", "session_user", "some", "symmetric",
            "system_user", "table", "then", "to", "trailing", "true", "union", "unique", "user", "using",
            "variadic", "when", "where", "window", "with");

    /** A reserved key word of Postgres (never a bare column name). */
    public static boolean isReserved(String word) {
        return RESERVED.contains(word);
    }

    public static String quote(String ident) {
        boolean safe = !ident.isEmpty() && (Character.isLowerCase(ident.charAt(0)) && ident.charAt(0) < 0x80
                || ident.charAt(0) == '_');
        for (int i = 0; safe && i < ident.length(); i++) {
            char c = ident.charAt(i);
            safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (safe && !RESERVED.contains(ident)) return ident;
        return "\"" + ident.replace("\"", "\"\"") + "\"";
    }
}
