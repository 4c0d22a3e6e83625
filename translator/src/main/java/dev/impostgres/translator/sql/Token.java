package dev.impostgres.translator.sql;

/**
 * One lexical token of Postgres SQL, with its place in the original text. Whitespace and comments are tokens too,
 * so that concatenating the texts of all tokens gives the input back unchanged (rewrites rely on this).
 */
public record Token(Kind kind, String text, int start) {

    public enum Kind {
        WHITESPACE, COMMENT,
        /** Unquoted identifier or key word; compare with {@link #is(String)}. */
        IDENT,
        /** "Quoted" identifier, text including the quotes. */
        QUOTED_IDENT,
        /** '…' standard-conforming string, text including the quotes (and any B/X/N/U& prefix). */
        STRING,
        /** E'…' string with backslash escapes. */
        ESCAPE_STRING,
        /** $tag$…$tag$ body. */
        DOLLAR_STRING,
        /** $1, $2 … */
        PARAM,
        NUMBER,
        /** Operator characters, including {@code ::}. */
        OPERATOR,
        /** ( ) [ ] , ; . : */
        PUNCT
    }

    public int end() { return start + text.length(); }

    public boolean isTrivia() { return kind == Kind.WHITESPACE || kind == Kind.COMMENT; }

    /** True for an unquoted identifier/key word equal to {@code word}, ignoring case. */
    public boolean is(String word) { return kind == Kind.IDENT && text.equalsIgnoreCase(word); }

    public boolean isPunct(String p) { return kind == Kind.PUNCT && text.equals(p); }

    public boolean isOperator(String op) { return kind == Kind.OPERATOR && text.equals(op); }

    /** The identifier as Postgres names it: unquoted folds to lower case, "Quoted" keeps case ("" becomes "). */
    public String identifier() {
        return switch (kind) {
            case QUOTED_IDENT -> text.substring(1, text.length() - 1).replace("\"\"", "\"");
            case IDENT -> foldCase(text);
            default -> text;
        };
    }

    /** Postgres folds unquoted identifiers by lower-casing ASCII letters only. */
    public static String foldCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return b.toString();
    }

    public Token withText(String newText) { return new Token(kind, newText, start); }
}
