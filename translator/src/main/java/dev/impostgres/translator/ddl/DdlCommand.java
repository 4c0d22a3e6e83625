package dev.impostgres.translator.ddl;

import java.util.List;

/**
 * A parsed DDL statement. DDL needs the schema to run (does the table exist, which sequence belongs to which
 * column, which constraint a key violates), so the translator only parses it here, purely; change-tracking runs it
 * against the schema metadata in the statement's own SQLite transaction.
 */
public sealed interface DdlCommand {

    record CreateTable(QualifiedName name, boolean ifNotExists, boolean temporary, List<ColumnDef> columns,
                       List<TableConstraint> constraints, QualifiedName like, boolean likeDefaults,
                       String onCommit) implements DdlCommand {}

    /** DROP TABLE | VIEW | INDEX | SEQUENCE | SCHEMA | TYPE name [, …] [CASCADE | RESTRICT]. */
    record Drop(ObjectKind kind, List<QualifiedName> names, boolean ifExists, boolean cascade) implements DdlCommand {}

    record CreateSchema(String name, boolean ifNotExists) implements DdlCommand {}

    /**
     * CREATE TABLE name [(columns)] AS query [WITH [NO] DATA], and SELECT … INTO name …: a table with the query's
     * column names and types, filled with its rows unless WITH NO DATA. {@code columns} empty: the query's names.
     */
    record CreateTableAs(QualifiedName name, boolean ifNotExists, boolean temporary, List<String> columns, String query,
                         boolean withData) implements DdlCommand {}

    record CreateSequence(QualifiedName name, boolean ifNotExists, SequenceOptions options) implements DdlCommand {}

    record AlterSequence(QualifiedName name, boolean ifExists, SequenceOptions options) implements DdlCommand {}

    record Truncate(List<QualifiedName> names, boolean restartIdentity, boolean cascade) implements DdlCommand {}

    /** COMMENT ON TABLE | COLUMN | … ; {@code column} set for COLUMN; {@code text} null for IS NULL. */
    record Comment(ObjectKind kind, QualifiedName name, String column, String text) implements DdlCommand {}

    /**
     * CREATE [UNIQUE] INDEX [name] ON table [USING method] (elements) [INCLUDE (columns)] [WHERE predicate]; name
     * null when not given, method lower case (btree when not given), predicate in its Postgres spelling.
     */
    record CreateIndex(String name, boolean unique, boolean ifNotExists, QualifiedName table, String method,
                       List<IndexElement> elements, List<String> include, String predicate) implements DdlCommand {}

    /**
     * One index key: a column ({@code column} set) or an expression in its Postgres spelling; {@code nameHint} is
     * what Postgres puts in a chosen index name (the column, the function's name, or "expr"); nullsFirst null when
     * not given.
     */
    record IndexElement(String column, String expression, String nameHint, boolean descending, Boolean nullsFirst) {}

    /** CREATE [OR REPLACE] [TEMP] VIEW name [(columns)] AS query; the query in its Postgres spelling. */
    record CreateView(QualifiedName name, boolean orReplace, boolean temporary, List<String> columns, String query)
            implements DdlCommand {}

    /** CREATE [OR REPLACE] FUNCTION; {@code arguments} and {@code returns} as written, {@code body} unquoted. */
    record CreateFunction(QualifiedName name, boolean orReplace, String arguments, String returns, String language,
            String body) implements DdlCommand {}

    /** CREATE [OR REPLACE] TRIGGER; {@code timing} BEFORE, AFTER or INSTEAD OF; events INSERT/UPDATE/DELETE/TRUNCATE. */
    record CreateTrigger(String name, boolean orReplace, String timing, List<String> events,
            List<String> updateColumns, QualifiedName table, boolean forEachRow, String when, QualifiedName function,
            String arguments) implements DdlCommand {}

    record CreateEventTrigger(String name, String event) implements DdlCommand {}

    record DropEventTrigger(String name, boolean ifExists) implements DdlCommand {}

    /** DROP FUNCTION [IF EXISTS] name [(argument types)], …; {@code arguments} null when no list was given. */
    record DropFunction(List<Routine> functions, boolean ifExists) implements DdlCommand {
        public record Routine(QualifiedName name, String arguments) {}
    }

    /** DROP TRIGGER [IF EXISTS] name ON table [CASCADE | RESTRICT]. */
    record DropTrigger(String name, QualifiedName table, boolean ifExists) implements DdlCommand {}

    /**
     * CREATE DOMAIN: the base type as written and, when built in, resolved (0 otherwise); its DEFAULT in Postgres
     * spelling; NOT NULL; the CHECK constraints in order (name null when unnamed), expressions over VALUE.
     */
    record CreateDomain(QualifiedName name, String typeName, int typeOid, int typmod, String defaultExpr,
                        boolean notNull, List<Check> checks) implements DdlCommand {
        public record Check(String name, String expr) {}
    }

    record CreateEnum(QualifiedName name, List<String> labels) implements DdlCommand {}

    /**
     * ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'label' [BEFORE | AFTER 'neighbor'] ({@code neighbor} null: at the
     * end), or RENAME VALUE 'old' TO 'new' ({@code renameFrom} non-null).
     */
    record AlterEnum(QualifiedName name, String label, boolean ifNotExists, String neighbor, boolean before,
                     String renameFrom) implements DdlCommand {}

    record AlterTable(QualifiedName name, boolean ifExists, List<AlterAction> actions) implements DdlCommand {}

    /** CREATE PUBLICATION name [FOR ALL TABLES | FOR TABLE … / TABLES IN SCHEMA …] [WITH (…)]. */
    record CreatePublication(String name, boolean allTables, PublicationObjects objects, PublicationOptions options)
            implements DdlCommand {}

    record AlterPublication(String name, PublicationAction action) implements DdlCommand {}

    record DropPublication(List<String> names, boolean ifExists, boolean cascade) implements DdlCommand {}

    enum ObjectKind {
        TABLE("table"), VIEW("view"), INDEX("index"), SEQUENCE("sequence"), SCHEMA("schema"), TYPE("type"),
        COLUMN("column"), DOMAIN("domain");

        public final String word;

        ObjectKind(String word) { this.word = word; }
    }

    /** One action of ALTER TABLE. */
    sealed interface AlterAction {
        record AddColumn(ColumnDef column, boolean ifNotExists) implements AlterAction {}

        record DropColumn(String column, boolean ifExists, boolean cascade) implements AlterAction {}

        record RenameColumn(String from, String to) implements AlterAction {}

        record RenameTable(String to) implements AlterAction {}

        /** ALTER COLUMN c TYPE t [USING expr]. */
        record AlterColumnType(String column, String typeName, int typeOid, int typmod, String using)
                implements AlterAction {}

        /** ALTER COLUMN c SET DEFAULT expr (expr null: DROP DEFAULT). */
        record SetDefault(String column, String expr) implements AlterAction {}

        record SetNotNull(String column, boolean notNull) implements AlterAction {}

        record AddConstraint(TableConstraint constraint) implements AlterAction {}

        record DropConstraint(String name, boolean ifExists, boolean cascade) implements AlterAction {}

        record RenameConstraint(String from, String to) implements AlterAction {}

        /** SET SCHEMA s: the table (with its indexes and owned sequences) moves to another schema. */
        record SetSchema(String schema) implements AlterAction {}

        /** REPLICA IDENTITY DEFAULT | FULL | NOTHING | USING INDEX name: 'd', 'f', 'n', 'i'. */
        record ReplicaIdentity(char identity, String index) implements AlterAction {}
    }
}
