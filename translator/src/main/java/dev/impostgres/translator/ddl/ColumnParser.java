package dev.impostgres.translator.ddl;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Column definitions and table constraints, as CREATE TABLE and ALTER TABLE ADD write them. */
final class ColumnParser {
    private ColumnParser() {}

    /** Words that end a column's type or an expression inside a column definition. */
    static final Set<String> COLUMN_STOP = Set.of("not", "null", "primary", "unique", "check", "references",
            "constraint", "default", "generated", "collate", "deferrable", "initially");
    private static final Set<String> SERIALS = Set.of("serial", "serial4", "bigserial", "serial8", "smallserial",
            "serial2");

    static ColumnDef column(Cursor c) {
        dev.impostgres.translator.sql.Token first = c.peek();
        if (first != null && first.kind() == dev.impostgres.translator.sql.Token.Kind.IDENT
                && dev.impostgres.translator.sql.Identifiers.isReserved(first.identifier())) {
            throw c.syntaxError(); // a reserved key word names a column only when quoted
        }
        String name = c.identifier();
        String typeName = c.slice(COLUMN_STOP);
        String canonicalType = typeName.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        boolean serial = SERIALS.contains(canonicalType);
        PgType type = PgTypes.byName(typeName);
        int typmod = type == null ? -1 : PgTypes.typmodOf(typeName);
        boolean notNull = serial, explicitNull = false;
        String defaultExpr = null, generated = null;
        char identity = 0;
        SequenceOptions identityOptions = null;
        List<TableConstraint> constraints = new ArrayList<>();
        while (!c.atEnd() && !c.isPunct(",") && !c.isPunct(")")) {
            String constraintName = c.accept("constraint") ? c.identifier() : null;
            if (c.accept("not", "null")) notNull = true;
            else if (c.accept("null")) explicitNull = true;
            else if (c.accept("default")) defaultExpr = c.slice(COLUMN_STOP);
            else if (c.accept("collate")) c.qualifiedName();
            else if (c.accept("generated")) {
                if (c.accept("always")) {
                    c.expect("as");
                    if (c.accept("identity")) {
                        identity = 'a';
                        identityOptions = identityOptions(c);
                    } else {
                        generated = c.parenthesized();
                        c.expect("stored");
                    }
                } else {
                    c.expect("by", "default", "as", "identity");
                    identity = 'd';
                    identityOptions = identityOptions(c);
                }
                notNull |= identity != 0;
            } else {
                TableConstraint constraint = columnConstraint(c, constraintName);
                if (constraint.kind() == TableConstraint.Kind.PRIMARY_KEY) notNull = true;
                constraints.add(withDeferral(constraint, deferral(c)));
                continue;
            }
            deferral(c);
        }
        return new ColumnDef(name, typeName, type == null ? 0 : type.oid(), typmod, notNull, explicitNull, defaultExpr,
                identity, identityOptions, serial, generated, List.copyOf(constraints));
    }

    private static SequenceOptions identityOptions(Cursor c) {
        if (!c.isPunct("(")) return SequenceOptions.NONE;
        c.expect("(");
        SequenceOptions options = SequenceOptionsParser.parse(c);
        c.expect(")");
        return options;
    }

    private static TableConstraint columnConstraint(Cursor c, String name) {
        if (c.accept("primary")) {
            c.expect("key");
            return new TableConstraint(name, TableConstraint.Kind.PRIMARY_KEY, List.of(), null, null, false);
        }
        if (c.accept("unique")) {
            boolean nullsNotDistinct = nullsNotDistinct(c);
            return new TableConstraint(name, TableConstraint.Kind.UNIQUE, List.of(), null, null, nullsNotDistinct);
        }
        if (c.accept("check")) {
            String expr = c.parenthesized();
            c.accept("no", "inherit");
            return new TableConstraint(name, TableConstraint.Kind.CHECK, List.of(), expr, null, false);
        }
        if (c.accept("references")) return new TableConstraint(name, TableConstraint.Kind.FOREIGN_KEY, List.of(), null, references(c), false);
        throw c.syntaxError();
    }

    /** A table constraint: [CONSTRAINT name] PRIMARY KEY (…) | UNIQUE (…) | CHECK (…) | FOREIGN KEY (…) REFERENCES …. */
    static TableConstraint tableConstraint(Cursor c) {
        String name = c.accept("constraint") ? c.identifier() : null;
        TableConstraint result;
        if (c.accept("primary", "key")) {
            result = new TableConstraint(name, TableConstraint.Kind.PRIMARY_KEY, c.identifierList(), null, null, false);
        } else if (c.accept("unique")) {
            boolean nnd = nullsNotDistinct(c);
            result = new TableConstraint(name, TableConstraint.Kind.UNIQUE, c.identifierList(), null, null, nnd);
        } else if (c.accept("check")) {
            String expr = c.parenthesized();
            c.accept("no", "inherit");
            result = new TableConstraint(name, TableConstraint.Kind.CHECK, List.of(), expr, null, false);
        } else if (c.accept("foreign", "key")) {
            List<String> columns = c.identifierList();
            c.expect("references");
            result = new TableConstraint(name, TableConstraint.Kind.FOREIGN_KEY, columns, null, references(c), false);
        } else if (c.is("exclude")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "EXCLUDE constraints are not supported");
        } else {
            throw c.syntaxError();
        }
        return withDeferral(result, deferral(c));
    }

    static boolean startsTableConstraint(Cursor c) {
        return c.is("constraint") || c.is("primary") || c.is("unique") || c.is("check") || c.is("foreign")
                || c.is("exclude");
    }

    private static boolean nullsNotDistinct(Cursor c) {
        if (c.accept("nulls", "not", "distinct")) return true;
        c.accept("nulls", "distinct");
        return false;
    }

    private static References references(Cursor c) {
        QualifiedName table = c.qualifiedName();
        List<String> columns = c.isPunct("(") ? c.identifierList() : List.of();
        String onDelete = "NO ACTION", onUpdate = "NO ACTION";
        c.accept("match", "simple");
        c.accept("match", "full");
        while (c.is("on")) {
            c.next();
            boolean delete = c.accept("delete");
            if (!delete) c.expect("update");
            String action = action(c);
            if (delete) onDelete = action;
            else onUpdate = action;
        }
        boolean deferrable = false, notDeferrable = false, initiallyDeferred = false;
        while (true) {
            if (c.accept("not", "deferrable")) notDeferrable = true;
            else if (c.accept("deferrable")) deferrable = true;
            else if (c.accept("initially", "deferred")) initiallyDeferred = true;
            else if (c.accept("initially", "immediate")) initiallyDeferred = false;
            else break;
        }
        if (initiallyDeferred && notDeferrable) {
            throw new PgException(SqlState.SYNTAX_ERROR, "constraint declared INITIALLY DEFERRED must be DEFERRABLE");
        }
        // INITIALLY DEFERRED alone implies DEFERRABLE
        return new References(table, columns, onDelete, onUpdate, deferrable || initiallyDeferred, initiallyDeferred);
    }

    private static String action(Cursor c) {
        if (c.accept("cascade")) return "CASCADE";
        if (c.accept("restrict")) return "RESTRICT";
        if (c.accept("no", "action")) return "NO ACTION";
        if (c.accept("set", "null")) return "SET NULL";
        if (c.accept("set", "default")) return "SET DEFAULT";
        throw c.syntaxError();
    }

    /**
     * [NOT] DEFERRABLE / INITIALLY DEFERRED|IMMEDIATE after a constraint; null when none is written. Foreign keys
     * read theirs in references(); a CHECK's is accepted and not honoured.
     */
    private static TableConstraint.Deferral deferral(Cursor c) {
        boolean deferrable = false, initiallyDeferred = false, any = false;
        while (true) {
            if (c.accept("not", "deferrable")) deferrable = false;
            else if (c.accept("deferrable")) deferrable = true;
            else if (c.accept("initially", "deferred")) initiallyDeferred = true;
            else if (c.accept("initially", "immediate")) initiallyDeferred = false;
            else break;
            any = true;
        }
        if (!any) return null;
        if (initiallyDeferred) return TableConstraint.Deferral.DEFERRED; // INITIALLY DEFERRED implies DEFERRABLE
        return deferrable ? TableConstraint.Deferral.IMMEDIATE : TableConstraint.Deferral.NOT_DEFERRABLE;
    }

    private static TableConstraint withDeferral(TableConstraint constraint, TableConstraint.Deferral deferral) {
        boolean key = constraint.kind() == TableConstraint.Kind.UNIQUE || constraint.kind() == TableConstraint.Kind.PRIMARY_KEY;
        return deferral == null || !key ? constraint : constraint.withDeferral(deferral);
    }
}
