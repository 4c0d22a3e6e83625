package dev.impostgres.translator;

/**
 * The CommandComplete tag of a statement, decided by the statement's parsed kind (never by its first word).
 * {@code verb} is e.g. "SELECT", "INSERT", "CREATE TABLE"; {@code style} says whether and how a row count follows.
 */
public record CommandTag(String verb, Style style) {
    public enum Style {
        /** "CREATE TABLE" — no count. */
        PLAIN,
        /** "SELECT 3", "UPDATE 2", "DELETE 0", "FETCH 1", "MOVE 1", "COPY 5", "MERGE 1". */
        COUNT,
        /** "INSERT 0 3" — the legacy oid (always 0) then the count. */
        INSERT
    }

    public static CommandTag plain(String verb) { return new CommandTag(verb, Style.PLAIN); }
    public static CommandTag count(String verb) { return new CommandTag(verb, Style.COUNT); }
    public static final CommandTag SELECT = count("SELECT");
    public static final CommandTag INSERT = new CommandTag("INSERT", Style.INSERT);
    public static final CommandTag UPDATE = count("UPDATE");
    public static final CommandTag DELETE = count("DELETE");

    public String format(long rows) {
        return switch (style) {
            case PLAIN -> verb;
            case COUNT -> verb + " " + rows;
            case INSERT -> verb + " 0 " + rows;
        };
    }
}
