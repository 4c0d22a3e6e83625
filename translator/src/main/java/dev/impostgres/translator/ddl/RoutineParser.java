package dev.impostgres.translator.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CREATE FUNCTION, CREATE TRIGGER and CREATE EVENT TRIGGER, after {@code CREATE [OR REPLACE]}. Function options may
 * come in any order, as in Postgres; the body is kept as written (AS '…' or a dollar-quoted string).
 */
final class RoutineParser {
    private RoutineParser() {}

    /** Key words that start a function option, ending a RETURNS type. */
    private static final Set<String> OPTION_WORDS = Set.of("as", "language", "immutable", "stable", "volatile",
            "strict", "called", "security", "external", "set", "cost", "rows", "parallel", "leakproof", "not",
            "window", "transform", "support", "begin", "return");

    static DdlCommand.CreateFunction function(Cursor c, boolean orReplace) {
        QualifiedName name = c.qualifiedName();
        String arguments = c.balancedParenthesized();
        String returns = null;
        String language = null;
        String body = null;
        while (!c.atEnd()) {
            if (c.accept("returns")) {
                returns = c.slice(OPTION_WORDS).trim();
            } else if (c.accept("as")) {
                body = c.stringLiteral();
                if (c.accept(",")) c.stringLiteral(); // AS 'obj_file', 'link_symbol'
            } else if (c.accept("language")) {
                language = c.peek() != null && dev.impostgres.translator.sql.Literals.isString(c.peek())
                        ? c.stringLiteral() : c.identifier();
                language = language.toLowerCase(Locale.ROOT);
            } else {
                c.next(); // volatility, STRICT, SECURITY DEFINER, COST n, SET … : accepted, not modelled
            }
        }
        if (body == null) throw c.syntaxError();
        return new DdlCommand.CreateFunction(name, orReplace, arguments, returns, language, body);
    }

    /** After CREATE [OR REPLACE] [CONSTRAINT] TRIGGER. */
    static DdlCommand.CreateTrigger trigger(Cursor c, boolean orReplace) {
        String name = c.identifier();
        String timing;
        if (c.accept("before")) timing = "BEFORE";
        else if (c.accept("after")) timing = "AFTER";
        else {
            c.expect("instead", "of");
            timing = "INSTEAD OF";
        }
        List<String> events = new ArrayList<>();
        List<String> updateColumns = new ArrayList<>();
        do {
            String event = c.identifier().toUpperCase(Locale.ROOT);
            if (!Set.of("INSERT", "UPDATE", "DELETE", "TRUNCATE").contains(event)) throw c.syntaxError();
            events.add(event);
            if (event.equals("UPDATE") && c.accept("of")) {
                do updateColumns.add(c.identifier()); while (c.accept(","));
            }
        } while (c.accept("or"));
        c.expect("on");
        QualifiedName table = c.qualifiedName();
        while (c.accept("referencing")) { // REFERENCING OLD|NEW TABLE [AS] name …
            while (c.is("old") || c.is("new")) {
                c.next();
                c.expect("table");
                c.accept("as");
                c.identifier();
            }
        }
        boolean forEachRow = false;
        if (c.accept("for")) {
            c.accept("each");
            if (c.accept("row")) forEachRow = true;
            else c.expect("statement");
        }
        String when = null;
        if (c.accept("when")) when = c.parenthesized();
        c.expect("execute");
        if (!c.accept("function")) c.expect("procedure");
        QualifiedName function = c.qualifiedName();
        String arguments = c.balancedParenthesized();
        return new DdlCommand.CreateTrigger(name, orReplace, timing, events, updateColumns, table, forEachRow, when,
                function, arguments);
    }

    /** After CREATE EVENT TRIGGER. */
    static DdlCommand.CreateEventTrigger eventTrigger(Cursor c) {
        String name = c.identifier();
        c.expect("on");
        String event = c.identifier();
        c.rest(); // WHEN TAG IN (…) EXECUTE FUNCTION f()
        return new DdlCommand.CreateEventTrigger(name, event);
    }
}
