package dev.impostgres.translator;

public enum IsolationLevel {
    READ_UNCOMMITTED("read uncommitted"),
    READ_COMMITTED("read committed"),
    REPEATABLE_READ("repeatable read"),
    SERIALIZABLE("serializable");

    private final String pgName;

    IsolationLevel(String pgName) { this.pgName = pgName; }

    /** As SHOW transaction_isolation prints it. */
    public String pgName() { return pgName; }
}
