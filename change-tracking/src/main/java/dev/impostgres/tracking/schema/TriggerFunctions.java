package dev.impostgres.tracking.schema;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Row triggers as SQLite triggers. What runs: BEFORE INSERT / UPDATE … FOR EACH ROW triggers whose PL/pgSQL function
 * assigns NEW columns from SQL expressions and returns NEW ({@code NEW.hash := md5(NEW.body); RETURN NEW;}), the
 * common "derived column" trigger. SQLite's BEFORE triggers cannot change the row, so each becomes an AFTER trigger
 * that updates the row just written, between {@code _pg_trigger_enter()} and {@code _pg_trigger_exit()} so the
 * change capture records one INSERT / UPDATE carrying the assigned values (see ChangeCapture). Anything else (other
 * PL/pgSQL, AFTER and statement triggers, WHEN, UPDATE OF) is refused with 0A000 naming what is missing: a trigger
 * that silently did not run would be a wrong answer.
 */
final class TriggerFunctions {
    private TriggerFunctions() {}

    private static final DefaultTranslator TRANSLATOR = new DefaultTranslator();
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?is)new\\s*\\.\\s*(\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\s*:?=\\s*(.+)");
    private static final Pattern ROW_REFERENCE = Pattern.compile(
            "(?i)\\b(new|old)\\s*\\.\\s*(\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)");

    static List<String> sqliteNames(DdlCommand.CreateTrigger t, long oid) {
        List<String> names = new ArrayList<>();
        for (String event : t.events()) names.add("_pg_trigger_" + oid + "_" + event.toLowerCase(Locale.ROOT));
        return names;
    }

    static List<String> compile(DdlCommand.CreateTrigger t, String language, String body, Relation table, long oid) {
        if (!t.timing().equals("BEFORE") || !t.forEachRow()) {
            throw unsupported(t.timing() + (t.forEachRow() ? " ROW" : " STATEMENT") + " triggers");
        }
        if (t.when() != null) throw unsupported("trigger WHEN conditions");
        if (!t.updateColumns().isEmpty()) throw unsupported("UPDATE OF column triggers");
        for (String event : t.events()) {
            if (!event.equals("INSERT") && !event.equals("UPDATE")) throw unsupported("BEFORE " + event + " triggers");
        }
        if (!"plpgsql".equals(language)) throw unsupported("trigger functions in language " + language);
        List<String> assignments = assignments(body);
        List<String> sql = new ArrayList<>();
        List<String> names = sqliteNames(t, oid);
        for (int i = 0; i < t.events().size(); i++) {
            String event = t.events().get(i);
            StringBuilder b = new StringBuilder("CREATE TRIGGER ").append(quote(names.get(i))).append(" AFTER ")
                    .append(event).append(" ON ").append(quote(table.sqliteName()))
                    // its own UPDATE must not fire it again (the connection runs with recursive triggers on)
                    .append(" WHEN pg_trigger_depth() = 0 BEGIN SELECT _pg_trigger_enter(); ");
            for (String assignment : assignments) {
                Matcher m = ASSIGNMENT.matcher(assignment);
                m.matches();
                String column = unquote(m.group(1));
                String expression = sqliteExpression(m.group(2), event);
                b.append("UPDATE ").append(quote(table.sqliteName())).append(" SET ").append(quote(column))
                        .append(" = (").append(expression).append(") WHERE rowid = NEW.rowid; ");
            }
            sql.add(b.append("SELECT _pg_trigger_exit(); END").toString());
        }
        return sql;
    }

    /** The NEW assignments of a body that is only assignments and RETURN NEW. */
    private static List<String> assignments(String body) {
        String text = body.replaceAll("--[^\n]*", " ").trim();
        Matcher block = Pattern.compile("(?is)^begin\\s+(.*)\\bend\\s*;?\\s*$").matcher(text);
        if (!block.matches()) throw unsupported("PL/pgSQL beyond a BEGIN … END block of NEW assignments");
        List<String> statements = split(block.group(1));
        if (statements.isEmpty() || !statements.get(statements.size() - 1).trim().matches("(?i)return\\s+new")) {
            throw unsupported("trigger functions that do not end with RETURN NEW");
        }
        List<String> assignments = new ArrayList<>();
        for (String s : statements.subList(0, statements.size() - 1)) {
            if (!ASSIGNMENT.matcher(s.trim()).matches()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "the PL/pgSQL statement \"" + s.trim()
                        + "\" in a trigger function is not supported (only NEW.column := expression and RETURN NEW)");
            }
            assignments.add(s.trim());
        }
        return assignments;
    }

    /** Statements split at semicolons outside quotes and parentheses. */
    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) quote = 0;
            } else if (ch == '\'' || ch == '"') quote = ch;
            else if (ch == '(') depth++;
            else if (ch == ')') depth--;
            else if (ch == ';' && depth == 0) {
                if (!text.substring(from, i).isBlank()) out.add(text.substring(from, i));
                from = i + 1;
            }
        }
        if (!text.substring(from).isBlank()) out.add(text.substring(from));
        return out;
    }

    /**
     * The expression in SQLite: NEW.c reads the row's current value (the UPDATE's own column, so an assignment sees
     * the ones before it, as in PL/pgSQL), OLD.c SQLite's OLD row.
     */
    private static String sqliteExpression(String expression, String event) {
        Matcher m = ROW_REFERENCE.matcher(expression);
        StringBuilder pg = new StringBuilder();
        while (m.find()) {
            boolean old = m.group(1).equalsIgnoreCase("old");
            if (old && !event.equals("UPDATE")) throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "OLD in an INSERT trigger is not supported");
            String column = quote(unquote(m.group(2)));
            m.appendReplacement(pg, Matcher.quoteReplacement(old ? "\"_pg_old_" + column.substring(1) : column));
        }
        m.appendTail(pg);
        String alias = " AS \"_pg_value\"";
        PgStatement statement = TRANSLATOR.translateOne("SELECT (" + pg + ")" + alias);
        if (!(statement instanceof PgStatement.Sql sql) || !sql.sqlite().regionMatches(true, 0, "SELECT ", 0, 7)
                || !sql.sqlite().endsWith(alias)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "the trigger expression " + expression + " is not supported");
        }
        String translated = sql.sqlite().substring(7, sql.sqlite().length() - alias.length());
        // OLD references were renamed so the translator leaves them alone; SQLite spells them OLD."c".
        return translated.replace("\"_pg_old_", "OLD.\"");
    }

    private static String unquote(String identifier) {
        if (identifier.startsWith("\"")) return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        return identifier.toLowerCase(Locale.ROOT);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static PgException unsupported(String what) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, what.endsWith("function")
                ? what + " is not supported" : what + " are not supported");
    }
}
