package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.rules.TokenNav;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calls of user-defined {@code LANGUAGE sql} functions whose body is one query returning one value, inlined as a
 * scalar subquery of that body with the arguments put in for the parameters ({@code $n} or by name) and the result
 * cast to the declared type — what Postgres's planner does for simple SQL functions. The statement is rewritten in
 * Postgres SQL and translated again, so the body gets every translation rule. Set-returning, multi-statement and
 * PL/pgSQL functions are not inlined (their calls keep failing with 42883).
 */
public final class SqlFunctionCalls {
    private SqlFunctionCalls() {}

    private static final int MAX_DEPTH = 8;

    record Function(String schema, String name, List<RoutineArguments.Argument> arguments, String returns, String body) {}

    public static PgStatement.Sql inline(Connection connection, PgStatement.Sql statement) throws SQLException {
        if (statement.source().indexOf('(') < 0) return statement;
        Map<String, List<Function>> functions = functions(connection);
        if (functions.isEmpty()) return statement;
        String source = statement.source();
        String rewritten = source;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            String next = inlineOnce(rewritten, functions);
            if (next.equals(rewritten)) break;
            rewritten = next;
        }
        if (rewritten.equals(source)) return statement;
        return retranslated(statement, rewritten);
    }

    /** {@code statement} with its Postgres text replaced by {@code rewritten}, translated again (schema-free). */
    static PgStatement.Sql retranslated(PgStatement.Sql statement, String rewritten) {
        PgStatement.Sql fresh = new PgStatement.Sql(rewritten, rewritten, statement.tag(), statement.returnsRows(),
                statement.writes(), statement.parameterTypes(), statement.columnTypes());
        PgStatement.Sql translated = TypedTranslation.withColumnTypes(fresh, ColumnTypes.NONE);
        return new PgStatement.Sql(rewritten, translated.sqlite(), statement.tag(), statement.returnsRows(),
                statement.writes(), statement.parameterTypes(), translated.columnTypes(), translated.columnTypmods());
    }

    static String inlineOnce(String source, Map<String, List<Function>> functions) {
        List<Token> tokens = Lexer.tokenize(source);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.IDENT && t.kind() != Token.Kind.QUOTED_IDENT) continue;
            List<Function> candidates = functions.get(t.identifier());
            if (candidates == null) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int start = i;
            String schema = null;
            int dot = TokenNav.prevSig(tokens, i);
            if (dot >= 0 && tokens.get(dot).isPunct(".")) {
                int qualifier = TokenNav.prevSig(tokens, dot);
                if (qualifier < 0) continue;
                schema = tokens.get(qualifier).identifier();
                start = qualifier;
            }
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            List<String> args = arguments(tokens, open, close);
            Function f = pick(candidates, schema, args.size());
            if (f == null) continue;
            out.append(source, copied, tokens.get(start).start());
            out.append("((").append(body(f, args)).append(")::").append(f.returns()).append(")");
            if (unlabelledSelectItem(tokens, start, close)) out.append(" AS ").append(Catalog.quote(f.name()));
            copied = tokens.get(close).end();
            i = close;
        }
        out.append(source.substring(copied));
        return out.toString();
    }

    /** A whole top-level select-list item with no alias: Postgres names its column after the function. */
    static boolean unlabelledSelectItem(List<Token> tokens, int start, int close) {
        int depth = 0;
        for (int k = 0; k < start; k++) {
            if (tokens.get(k).isPunct("(")) depth++;
            else if (tokens.get(k).isPunct(")")) depth--;
        }
        int before = TokenNav.prevSig(tokens, start);
        int after = TokenNav.nextSig(tokens, close);
        boolean itemStart = before >= 0 && (tokens.get(before).is("select")
                || depth == 0 && tokens.get(before).isPunct(","));
        boolean itemEnd = after < 0 || tokens.get(after).isPunct(",") || tokens.get(after).is("from")
                || tokens.get(after).isPunct(";");
        return depth == 0 && itemStart && itemEnd;
    }

    private static Function pick(List<Function> candidates, String schema, int arity) {
        for (Function f : candidates) {
            if (f.arguments().size() != arity) continue;
            if (schema == null ? f.schema().equals("public") || f.schema().equals("pg_catalog") : f.schema().equals(schema)) {
                return f;
            }
        }
        return null;
    }

    /** The body with each parameter reference ($n or the parameter's name) replaced by its argument. */
    private static String body(Function f, List<String> args) {
        List<Token> tokens = Lexer.tokenize(f.body());
        Map<String, Integer> names = new HashMap<>();
        for (int k = 0; k < f.arguments().size(); k++) {
            if (f.arguments().get(k).name() != null) names.put(f.arguments().get(k).name(), k);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Integer index = null;
            if (t.kind() == Token.Kind.PARAM) {
                int n = Integer.parseInt(t.text().substring(1));
                if (n >= 1 && n <= args.size()) index = n - 1;
            } else if ((t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT)
                    && names.containsKey(t.identifier())) {
                int before = TokenNav.prevSig(tokens, i);
                int after = TokenNav.nextSig(tokens, i);
                boolean qualifiedOrCall = before >= 0 && tokens.get(before).isPunct(".")
                        || after >= 0 && (tokens.get(after).isPunct(".") || tokens.get(after).isPunct("("));
                if (!qualifiedOrCall) index = names.get(t.identifier());
            }
            out.append(index == null ? t.text() : "(" + args.get(index) + ")");
        }
        String text = out.toString().strip();
        while (text.endsWith(";")) text = text.substring(0, text.length() - 1).strip();
        return text;
    }

    /** The SQL functions that can be inlined, by name. */
    private static Map<String, List<Function>> functions(Connection connection) throws SQLException {
        Map<String, List<Function>> out = new HashMap<>();
        String sql = "SELECT n.nspname, p.proname, p.arguments, p.returns, p.body FROM " + RoutineRunner.PROC_TABLE
                + " p JOIN _pg_namespace n ON n.oid = p.pronamespace WHERE lower(p.language) = 'sql'";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String returns = rs.getString(4);
                String body = rs.getString(5);
                if (returns == null || !inlinable(returns, body)) continue;
                Function f = new Function(rs.getString(1), rs.getString(2), RoutineArguments.parse(rs.getString(3)),
                        returns.strip(), body);
                out.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
            }
        } catch (SQLException noRoutines) {
            if (String.valueOf(noRoutines.getMessage()).contains("no such table")) return out;
            throw noRoutines;
        }
        return out;
    }

    /** One query returning one value of a plain type. */
    private static boolean inlinable(String returns, String body) {
        String r = returns.strip().toLowerCase(Locale.ROOT);
        if (r.startsWith("setof") || r.startsWith("table") || r.equals("void") || r.equals("record")
                || r.equals("trigger") || r.equals("event_trigger")) {
            return false;
        }
        List<Token> sig = Lexer.significant(Lexer.tokenize(body));
        if (sig.isEmpty() || !(sig.get(0).is("select") || sig.get(0).is("with") || sig.get(0).is("values"))) return false;
        for (int k = 0; k < sig.size() - 1; k++) {
            if (sig.get(k).isPunct(";")) return false; // several statements
        }
        return true;
    }

    private static List<String> arguments(List<Token> tokens, int open, int close) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean any = false;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            if (depth == 0 && t.isPunct(",")) {
                args.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            if (!t.isTrivia()) any = true;
            current.append(t.text());
        }
        if (any) args.add(current.toString().strip());
        return args;
    }
}
