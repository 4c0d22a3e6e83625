package dev.impostgres.translator.sql;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SET / RESET / SHOW (gram.y's VariableSetStmt, VariableResetStmt, VariableShowStmt). Values are flattened the way
 * guc.c's flatten_set_variable_args does: strings and identifiers give their text, lists join with ", ", and list
 * parameters that quote (search_path) get each element through quote_identifier.
 */
final class SetStatementParser {
    private SetStatementParser() {}

    /** GUC_LIST_INPUT parameters: the only ones that take more than one value. */
    private static final Set<String> LIST_INPUT = Set.of("search_path", "datestyle", "temp_tablespaces",
            "session_preload_libraries", "local_preload_libraries", "shared_preload_libraries",
            "log_destination", "synchronized_standby_names", "debug_io_direct");
    /** GUC_LIST_QUOTE parameters: each element is quoted like an identifier. */
    private static final Set<String> LIST_QUOTE = Set.of("search_path", "temp_tablespaces",
            "session_preload_libraries", "local_preload_libraries", "shared_preload_libraries");

    static PgStatement parse(String source, Words w) {
        if (w.accept("set")) return set(source, w);
        if (w.accept("reset")) return new PgStatement.ResetVariable(source, resetName(w));
        if (w.accept("show")) {
            String name = w.accept("all") ? "all" : specialName(w);
            if (name == null) name = dottedName(w);
            w.expectEnd();
            return new PgStatement.Show(source, name);
        }
        return null;
    }

    private static PgStatement set(String source, Words w) {
        if (w.is("constraints")) return null; // SET CONSTRAINTS: a statement of the session's transaction
        if (w.accept("transaction")) {
            if (w.accept("snapshot")) {
                // gram.y turns this into a SET of "transaction_snapshot" too; the session layer must import it.
                Token id = w.next();
                if (!Literals.isString(id)) throw w.syntaxError();
                w.expectEnd();
                return new PgStatement.SetVariable(source, "transaction_snapshot", Literals.stringValue(id), true);
            }
            TransactionStatementParser.Modes m = TransactionStatementParser.modes(w, false);
            return new PgStatement.SetTransaction(source, m.isolation(), m.readOnly(), false);
        }
        boolean local = false;
        if (w.accept("local")) local = true;
        else if (w.is("session") && !(w.peek(1) != null && (w.peek(1).isPunct(".")))) {
            w.next();
            if (w.accept("characteristics")) {
                w.expect("as");
                w.expect("transaction");
                TransactionStatementParser.Modes m = TransactionStatementParser.modes(w, false);
                return new PgStatement.SetTransaction(source, m.isolation(), m.readOnly(), true);
            }
            if (w.accept("authorization")) {
                String value = w.accept("default") ? null : singleValue(w);
                w.expectEnd();
                return new PgStatement.SetVariable(source, "session_authorization", value, false);
            }
        }
        if (w.accept("time")) {
            w.expect("zone");
            String value = timeZoneValue(w);
            w.expectEnd();
            return new PgStatement.SetVariable(source, "timezone", value, local);
        }
        String name = specialSetName(w);
        if (name == null) {
            name = dottedName(w);
            if (!w.acceptPunct("=")) w.expect("to");
        }
        if (w.accept("default")) {
            w.expectEnd();
            return new PgStatement.SetVariable(source, name, null, local);
        }
        if (w.is("from") && w.peek(1) != null && w.peek(1).is("current")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "SET FROM CURRENT is not supported");
        }
        List<String> values = new ArrayList<>();
        do {
            values.add(singleValue(w));
        } while (w.acceptPunct(","));
        w.expectEnd();
        return new PgStatement.SetVariable(source, name, flatten(name, values), local);
    }

    /** SET NAMES / SET SCHEMA / SET ROLE: fixed syntax without TO. */
    private static String specialSetName(Words w) {
        if (w.peek(1) != null && (w.peek(1).isOperator("=") || w.peek(1).is("to"))) return null;
        if (w.accept("names")) return "client_encoding";
        if (w.accept("schema")) return "search_path";
        if (w.accept("role")) return "role";
        return null;
    }

    /** SHOW/RESET spellings with spaces. */
    private static String specialName(Words w) {
        if (w.is("time") && w.peek(1) != null && w.peek(1).is("zone")) {
            w.next();
            w.next();
            return "timezone";
        }
        if (w.is("transaction") && w.peek(1) != null && w.peek(1).is("isolation")) {
            w.next();
            w.next();
            w.expect("level");
            return "transaction_isolation";
        }
        if (w.is("session") && w.peek(1) != null && w.peek(1).is("authorization")) {
            w.next();
            w.next();
            return "session_authorization";
        }
        return null;
    }

    private static String resetName(Words w) {
        String name;
        if (w.accept("all")) name = null;
        else {
            name = specialName(w);
            if (name == null) name = dottedName(w);
        }
        w.expectEnd();
        return name;
    }

    /** A parameter name: identifier, or class.name for custom placeholders. */
    private static String dottedName(Words w) {
        StringBuilder name = new StringBuilder(w.identifier());
        while (w.acceptPunct(".")) name.append('.').append(w.identifier());
        return name.toString();
    }

    /** var_value: a string, number (optionally signed), identifier or key word such as on/off/true. */
    private static String singleValue(Words w) {
        Token t = w.next();
        if (Literals.isString(t)) return Literals.stringValue(t);
        if (t.kind() == Token.Kind.NUMBER) return t.text();
        if ((t.isOperator("-") || t.isOperator("+")) && w.peek() != null && w.peek().kind() == Token.Kind.NUMBER) {
            String n = w.next().text();
            return t.text().equals("-") ? "-" + n : n;
        }
        if (t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT) return t.identifier();
        throw w.syntaxErrorAt(t);
    }

    /** SET TIME ZONE: a string, a number of hours, INTERVAL 'x' [HOUR TO MINUTE], LOCAL or DEFAULT (null). */
    private static String timeZoneValue(Words w) {
        if (w.accept("local") || w.accept("default")) return null;
        if (w.accept("interval")) {
            Token t = w.next();
            if (!Literals.isString(t)) throw w.syntaxError();
            if (w.accept("hour")) {
                w.expect("to");
                w.expect("minute");
            }
            return Literals.stringValue(t);
        }
        return singleValue(w);
    }

    private static String flatten(String name, List<String> values) {
        boolean quote = LIST_QUOTE.contains(name);
        if (values.size() > 1 && !LIST_INPUT.contains(name) && !name.contains(".")) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "SET " + name + " takes only one argument");
        }
        List<String> out = new ArrayList<>();
        for (String v : values) out.add(quote ? Identifiers.quote(v) : v);
        return String.join(", ", out);
    }
}
