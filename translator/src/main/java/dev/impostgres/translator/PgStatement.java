package dev.impostgres.translator;

import dev.impostgres.translator.types.PgType;
import java.util.List;

/**
 * One Postgres statement after classification and translation. The wire layer switches on the record type;
 * only {@link Sql} reaches SQLite, everything else is handled by the session or the server.
 */
public sealed interface PgStatement {

    /** The original Postgres text of this statement (without the trailing semicolon). */
    String source();

    /** An empty query (only whitespace or comments): EmptyQueryResponse. */
    record Empty(String source) implements PgStatement {}

    /**
     * SQL for SQLite. {@code sqlite} uses numbered parameters {@code ?1, ?2, …} for Postgres's {@code $1, $2, …}.
     * {@code parameterTypes} has one entry per parameter, 0 where it could not be inferred.
     * {@code columnTypes}, when non-null, gives the Postgres type of each result column (null entries where
     * unknown; the executor then uses the column's declared type or the value's storage class).
     * {@code writes} is true when the statement may modify data or schema (so it needs the writer lock).
     * {@code columnTypmods}, when non-null, gives the typmod that goes with each {@code columnTypes} entry (-1 where
     * there is none: {@code 1.5::numeric(10,2)} has 655366).
     */
    record Sql(String source, String sqlite, CommandTag tag, boolean returnsRows, boolean writes,
               List<Integer> parameterTypes, List<PgType> columnTypes, List<Integer> columnTypmods)
            implements PgStatement {
        /** Without typmods: every result column's typmod is -1 unless it is a table column. */
        public Sql(String source, String sqlite, CommandTag tag, boolean returnsRows, boolean writes,
                   List<Integer> parameterTypes, List<PgType> columnTypes) {
            this(source, sqlite, tag, returnsRows, writes, parameterTypes, columnTypes, null);
        }

        /** The typmod for result column {@code i} when its type came from {@link #columnTypes}, else -1. */
        public int columnTypmod(int i) {
            return columnTypmods == null || i >= columnTypmods.size() || columnTypmods.get(i) == null
                    ? -1 : columnTypmods.get(i);
        }
    }

    /**
     * BEGIN / START TRANSACTION [ISOLATION LEVEL …] [READ ONLY | READ WRITE] [[NOT] DEFERRABLE]. Nulls: not given.
     * {@code startTransaction} says which spelling was used, since the command tag follows it.
     */
    record Begin(String source, IsolationLevel isolation, Boolean readOnly, boolean startTransaction)
            implements PgStatement {
        public String tag() { return startTransaction ? "START TRANSACTION" : "BEGIN"; }
    }

    /** COMMIT / END [AND [NO] CHAIN]; with {@code chain} a new block with the same characteristics follows. */
    record Commit(String source, boolean chain) implements PgStatement {}

    /** ROLLBACK / ABORT [AND [NO] CHAIN]. */
    record Rollback(String source, boolean chain) implements PgStatement {}

    record Savepoint(String source, String name) implements PgStatement {}

    record ReleaseSavepoint(String source, String name) implements PgStatement {}

    record RollbackToSavepoint(String source, String name) implements PgStatement {}

    /** SET TRANSACTION … / SET SESSION CHARACTERISTICS AS TRANSACTION … ({@code session} true for the latter). */
    record SetTransaction(String source, IsolationLevel isolation, Boolean readOnly, boolean session)
            implements PgStatement {}

    /** SET [SESSION | LOCAL] name {TO | =} value | DEFAULT; also SET TIME ZONE. {@code value} null means DEFAULT. */
    record SetVariable(String source, String name, String value, boolean local) implements PgStatement {}

    /** RESET name | RESET ALL ({@code name} null). */
    record ResetVariable(String source, String name) implements PgStatement {}

    /** SHOW name | SHOW ALL ({@code name} "all"). */
    record Show(String source, String name) implements PgStatement {}

    record CreateDatabase(String source, String name) implements PgStatement {}

    record DropDatabase(String source, String name, boolean ifExists) implements PgStatement {}

    /**
     * COPY table [(columns)] FROM STDIN | COPY {table [(columns)] | (query)} TO STDOUT. {@code table} is the name as
     * written (possibly schema-qualified; null for a query); {@code columns} empty means all columns.
     */
    record Copy(String source, String table, List<String> columns, String query, boolean from, CopyOptions options)
            implements PgStatement {}

    /**
     * COPY's options, with Postgres's defaults already applied for the format. {@code headerMatch}: HEADER MATCH
     * (COPY FROM checks the header line's names); {@code encoding}: ENCODING's canonical Postgres name (UTF8 by default, see CopyEncodings);
     * {@code freeze}: FREEZE, a storage hint with nothing to do over SQLite.
     */
    record CopyOptions(String format, char delimiter, String nullString, boolean header, char quote, char escape,
                       boolean forceQuoteAll, List<String> forceQuote, List<String> forceNotNull,
                       List<String> forceNull, boolean headerMatch, String encoding, boolean freeze,
                       boolean forceNotNullAll, boolean forceNullAll) {
        public boolean csv() { return format.equals("csv"); }
        public boolean binary() { return format.equals("binary"); }
    }
}
