package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What hangs on one column: DROP COLUMN drops the table's own indexes and constraints that involve it (as Postgres
 * does silently), and needs CASCADE for other tables' foreign keys that reference it; RENAME COLUMN carries the
 * new name into the stored CHECK expressions and index definitions (Postgres deparses them by attnum).
 */
final class ColumnDependents {
    private ColumnDependents() {}

    private static final Pattern VIEW_ERROR = Pattern.compile("error in view ([^:]+):");

    static void dropAll(DdlContext ctx, Relation rel, Column column, boolean cascade) throws SQLException {
        Catalog catalog = ctx.catalog();
        String attnum = String.valueOf(column.attnum());
        List<Long> referencing = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Long con : catalog.queryLongs("SELECT oid FROM _pg_constraint WHERE confrelid = ? AND conrelid <> ? "
                + "AND contype = 'f' ORDER BY oid", rel.oid(), rel.oid())) {
            if (!contains(catalog.queryString("SELECT confkey FROM _pg_constraint WHERE oid = ?", con), attnum)) continue;
            referencing.add(con);
            details.add("constraint " + catalog.queryString("SELECT conname FROM _pg_constraint WHERE oid = ?", con)
                    + " on table " + catalog.queryString("SELECT c.relname FROM _pg_constraint k JOIN _pg_class c "
                    + "ON c.oid = k.conrelid WHERE k.oid = ?", con));
        }
        if (!referencing.isEmpty()) {
            String what = " column " + column.name() + " of table " + rel.name();
            if (!cascade) {
                throw new PgException(DdlStates.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop" + what
                        + " because other objects depend on it")
                        .withDetail(String.join("\n", details.stream().map(d -> d + " depends on" + what).toList()))
                        .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
            }
            cascadeNotice(ctx, details);
            Set<Long> children = new LinkedHashSet<>();
            for (Long con : referencing) {
                children.add(catalog.queryLong("SELECT conrelid FROM _pg_constraint WHERE oid = ?", con));
                catalog.update("DELETE FROM _pg_constraint WHERE oid = ?", con);
            }
            for (Long child : children) TableRewrite.rewrite(catalog, catalog.relationByOid(child), java.util.Map.of());
        }
        for (Long con : catalog.queryLongs("SELECT oid FROM _pg_constraint WHERE conrelid = ? ORDER BY oid", rel.oid())) {
            String conkey = catalog.queryString("SELECT conkey FROM _pg_constraint WHERE oid = ?", con);
            String check = catalog.queryString("SELECT check_expr FROM _pg_constraint WHERE oid = ?", con);
            String confkey = catalog.queryLong("SELECT confrelid FROM _pg_constraint WHERE oid = ?", con) == rel.oid()
                    ? catalog.queryString("SELECT confkey FROM _pg_constraint WHERE oid = ?", con) : "";
            if (contains(conkey, attnum) || contains(confkey, attnum) || check != null && mentions(check, column.name())) {
                AlterConstraints.deleteConstraint(catalog, con);
            }
        }
        for (Long index : catalog.queryLongs("SELECT indexrelid FROM _pg_index WHERE indrelid = ? AND indexrelid NOT IN "
                + "(SELECT conindid FROM _pg_constraint)", rel.oid())) {
            String indkey = catalog.queryString("SELECT indkey FROM _pg_index WHERE indexrelid = ?", index);
            String definition = catalog.queryString("SELECT definition FROM _pg_index WHERE indexrelid = ?", index);
            if (contains(indkey, attnum) || mentions(keysAndPredicate(definition), column.name())) {
                String sqliteName = catalog.queryString("SELECT sqlite_name FROM _pg_class WHERE oid = ?", index);
                catalog.deleteRelation(index);
                if (sqliteName != null && !sqliteName.isEmpty()) catalog.exec("DROP INDEX IF EXISTS " + Catalog.quote(sqliteName));
            }
        }
    }

    static void cascadeNotice(DdlContext ctx, List<String> objects) {
        if (objects.size() == 1) {
            ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + objects.get(0));
        } else {
            ctx.notices().accept(new dev.impostgres.tracking.PgNotice("NOTICE", SqlState.SUCCESSFUL_COMPLETION,
                    "drop cascades to " + objects.size() + " other objects"));
        }
    }

    /** SQLite's refusal of DROP COLUMN in Postgres's terms. */
    static SQLException translate(SQLException e, Relation rel, Column column) {
        String message = String.valueOf(e.getMessage());
        Matcher view = VIEW_ERROR.matcher(message);
        String what = " column " + column.name() + " of table " + rel.name();
        if (view.find()) {
            throw new PgException(DdlStates.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop" + what
                    + " because other objects depend on it")
                    .withDetail("view " + view.group(1) + " depends on" + what)
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        if (message.contains("no other columns exist")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot drop the last column of table " + rel.name());
        }
        return e;
    }

    static void renameInExpressions(Catalog catalog, Relation rel, String from, String to) throws SQLException {
        for (Long con : catalog.queryLongs("SELECT oid FROM _pg_constraint WHERE conrelid = ? AND check_expr IS NOT NULL",
                rel.oid())) {
            String check = catalog.queryString("SELECT check_expr FROM _pg_constraint WHERE oid = ?", con);
            catalog.update("UPDATE _pg_constraint SET check_expr = ? WHERE oid = ?", renamed(check, from, to), con);
        }
        for (Long index : catalog.queryLongs("SELECT indexrelid FROM _pg_index WHERE indrelid = ?", rel.oid())) {
            String definition = catalog.queryString("SELECT definition FROM _pg_index WHERE indexrelid = ?", index);
            int using = definition.indexOf(" USING ");
            if (using < 0) continue;
            catalog.update("UPDATE _pg_index SET definition = ? WHERE indexrelid = ?", definition.substring(0, using)
                    + renamed(definition.substring(using), from, to), index);
        }
    }

    /** The text with every identifier token {@code from} replaced by {@code to} (quoted when it needs quotes). */
    static String renamed(String text, String from, String to) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Token t : Lexer.tokenize(text)) {
            if (isIdentifier(t) && t.identifier().equals(from)) {
                out.append(text, last, t.start()).append(Identifiers.quote(to));
                last = t.end();
            }
        }
        return out.append(text.substring(last)).toString();
    }

    static boolean mentions(String text, String column) {
        for (Token t : Lexer.tokenize(text)) {
            if (isIdentifier(t) && t.identifier().equals(column)) return true;
        }
        return false;
    }

    private static String keysAndPredicate(String definition) {
        int using = definition == null ? -1 : definition.indexOf(" USING ");
        return using < 0 ? "" : definition.substring(using);
    }

    private static boolean isIdentifier(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
    }

    private static boolean contains(String attnums, String attnum) {
        if (attnums == null || attnums.isEmpty()) return false;
        for (String a : attnums.split("[, ]+")) {
            if (a.trim().equals(attnum)) return true;
        }
        return false;
    }
}
