package dev.impostgres.translator.ddl;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CREATE / ALTER / DROP PUBLICATION, after their two leading key words. Column lists and row filters (WHERE) are
 * refused as not supported rather than silently ignored, since they would change what a subscriber receives.
 */
final class PublicationParser {
    private PublicationParser() {}

    static DdlCommand create(Cursor c) {
        String name = c.identifier();
        boolean allTables = false;
        PublicationObjects objects = PublicationObjects.NONE;
        if (c.accept("for")) {
            if (c.accept("all", "tables")) allTables = true;
            else objects = objects(c, true);
        }
        PublicationOptions options = c.accept("with") ? options(c) : PublicationOptions.NONE;
        return new DdlCommand.CreatePublication(name, allTables, objects, options);
    }

    static DdlCommand alter(Cursor c) {
        String name = c.identifier();
        PublicationAction action;
        if (c.accept("rename", "to")) action = new PublicationAction.Rename(c.identifier());
        else if (c.accept("owner", "to")) action = new PublicationAction.Owner(c.identifier());
        else if (c.accept("add")) action = new PublicationAction.Objects(PublicationAction.Change.ADD, objects(c, true));
        else if (c.accept("drop")) action = new PublicationAction.Objects(PublicationAction.Change.DROP, objects(c, false));
        else {
            c.expect("set");
            action = c.isPunct("(") ? new PublicationAction.SetOptions(options(c))
                    : new PublicationAction.Objects(PublicationAction.Change.SET, objects(c, true));
        }
        return new DdlCommand.AlterPublication(name, action);
    }

    static DdlCommand drop(Cursor c) {
        boolean ifExists = c.accept("if", "exists");
        List<String> names = new ArrayList<>();
        do names.add(c.identifier()); while (c.accept(","));
        boolean cascade = c.accept("cascade");
        if (!cascade) c.accept("restrict");
        return new DdlCommand.DropPublication(names, ifExists, cascade);
    }

    /** TABLE t [, t2] [, TABLES IN SCHEMA s [, s2]]: a bare name continues the kind before it, as in Postgres. */
    private static PublicationObjects objects(Cursor c, boolean filtersAllowed) {
        List<QualifiedName> tables = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        Boolean schemaKind = null;
        do {
            if (c.accept("table")) schemaKind = false;
            else if (c.accept("tables", "in", "schema")) schemaKind = true;
            else if (schemaKind == null) throw c.syntaxError();
            if (schemaKind) {
                schemas.add(c.identifier());
                continue;
            }
            c.accept("only");
            tables.add(c.qualifiedName());
            c.accept("*");
            if (c.isPunct("(") || c.is("where")) {
                if (!filtersAllowed) throw c.syntaxError();
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "publication column lists and row filters are not supported");
            }
        } while (c.accept(","));
        return new PublicationObjects(tables, schemas);
    }

    /** ( name [= value] [, …] ) with Postgres's errors for unknown names and publish values. */
    private static PublicationOptions options(Cursor c) {
        c.expect("(");
        Set<PublicationOptions.Operation> publish = null;
        Boolean viaRoot = null;
        do {
            String option = c.identifier();
            String value = c.accept("=") ? value(c) : null;
            switch (option) {
                case "publish" -> publish = publish(value == null ? "" : value);
                case "publish_via_partition_root" -> viaRoot = bool(option, value);
                default -> throw PgException.of(SqlState.SYNTAX_ERROR, "unrecognized publication parameter: \"%s\"", option);
            }
        } while (c.accept(","));
        c.expect(")");
        return new PublicationOptions(publish, viaRoot);
    }

    private static String value(Cursor c) {
        Token t = c.next();
        if (Literals.isString(t)) return Literals.stringValue(t);
        return t.kind() == Token.Kind.QUOTED_IDENT ? t.identifier() : t.text().toLowerCase(Locale.ROOT);
    }

    private static Set<PublicationOptions.Operation> publish(String value) {
        Set<PublicationOptions.Operation> ops = EnumSet.noneOf(PublicationOptions.Operation.class);
        for (String part : value.split(",")) {
            String op = part.trim();
            if (op.isEmpty() && value.isBlank()) continue;
            switch (op) {
                case "insert" -> ops.add(PublicationOptions.Operation.INSERT);
                case "update" -> ops.add(PublicationOptions.Operation.UPDATE);
                case "delete" -> ops.add(PublicationOptions.Operation.DELETE);
                case "truncate" -> ops.add(PublicationOptions.Operation.TRUNCATE);
                default -> throw PgException.of(SqlState.SYNTAX_ERROR,
                        "unrecognized value for publication option \"publish\": \"%s\"", op);
            }
        }
        return ops;
    }

    private static boolean bool(String option, String value) {
        if (value == null) return true;
        return switch (value) {
            case "true", "on", "1", "t", "yes", "y" -> true;
            case "false", "off", "0", "f", "no", "n" -> false;
            default -> throw PgException.of(SqlState.SYNTAX_ERROR, "%s requires a Boolean value", option);
        };
    }
}
