package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.rules.TokenNav;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Casts to a domain, {@code x::d} and {@code CAST(x AS d)}, as {@code _pg_domain(oid, (x)::base, 'base')}: the
 * value cast to the base type, then held to the domain's constraints (23514/23502), typed as the base type, as
 * Postgres's operators see a domain value. The statement is rewritten in Postgres SQL and translated again (like
 * {@link SqlFunctionCalls}); an unlabelled select item keeps the name Postgres gives the cast.
 */
public final class DomainCasts {
    private DomainCasts() {}

    private static final int MAX_DEPTH = 8; // a domain over a domain unwraps one level per pass

    /** A domain: its OID, its direct base type as a cast names it, and as the typing tag (with its modifier). */
    record Target(long oid, String baseText, String baseName) {}

    public static PgStatement.Sql rewrite(Connection connection, PgStatement.Sql statement) throws SQLException {
        String source = statement.source();
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        if (!source.contains("::") && !lower.contains("cast")) return statement;
        Map<String, Target> domains = domains(connection);
        if (domains.isEmpty()) return statement;
        String rewritten = source;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            String next = rewriteOnce(rewritten, domains);
            if (next.equals(rewritten)) break;
            rewritten = next;
        }
        return rewritten.equals(source) ? statement : SqlFunctionCalls.retranslated(statement, rewritten);
    }

    static String rewriteOnce(String source, Map<String, Target> domains) {
        List<Token> tokens = Lexer.tokenize(source);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isOperator("::")) {
                int type = TokenNav.nextSig(tokens, i);
                Target target = type < 0 ? null : target(tokens, type, domains);
                int last = TokenNav.prevSig(tokens, i);
                if (target == null || last < 0) continue;
                int first = TokenNav.operandStart(tokens, last);
                return replaced(source, tokens, first, last, type, type, target, tokens.get(type).identifier());
            }
            int open = TokenNav.nextSig(tokens, i);
            if (t.is("cast") && open >= 0 && tokens.get(open).isPunct("(")) {
                int close = TokenNav.closingOf(tokens, open);
                int type = close < 0 ? -1 : TokenNav.prevSig(tokens, close);
                int as = type < 0 ? -1 : TokenNav.prevSig(tokens, type);
                Target target = as < 0 || !tokens.get(as).is("as") ? null : target(tokens, type, domains);
                if (target == null) continue;
                return replaced(source, tokens, TokenNav.nextSig(tokens, open), TokenNav.prevSig(tokens, as), i, close,
                        target, tokens.get(type).identifier());
            }
        }
        return source;
    }

    private static Target target(List<Token> tokens, int type, Map<String, Target> domains) {
        Token t = tokens.get(type);
        if (t.kind() != Token.Kind.IDENT && t.kind() != Token.Kind.QUOTED_IDENT) return null;
        int after = TokenNav.nextSig(tokens, type);
        if (after >= 0 && (tokens.get(after).isPunct(".") || tokens.get(after).isPunct("[")
                || tokens.get(after).isPunct("("))) {
            return null;
        }
        return domains.get(t.identifier());
    }

    /** Tokens first..last (the operand) and the cast's own tokens up to {@code end} become one _pg_domain call. */
    private static String replaced(String source, List<Token> tokens, int first, int last, int castStart, int end,
                                   Target target, String domainName) {
        int start = Math.min(first, castStart);
        String operand = source.substring(tokens.get(first).start(), tokens.get(last).end());
        StringBuilder out = new StringBuilder(source.substring(0, tokens.get(start).start()));
        out.append(DomainFunctions.CAST).append('(').append(target.oid()).append(", (").append(operand).append(")::")
                .append(target.baseText()).append(", '").append(target.baseName().replace("'", "''")).append("')");
        if (SqlFunctionCalls.unlabelledSelectItem(tokens, start, end)) {
            out.append(" AS ").append(Catalog.quote(columnName(tokens, first, last, domainName)));
        }
        out.append(source.substring(tokens.get(end).end()));
        return out.toString();
    }

    /** FigureColname of a cast: its operand's name when that is a column or function call, else the type's. */
    private static String columnName(List<Token> tokens, int first, int last, String domainName) {
        Token t = tokens.get(last);
        if (t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT) return t.identifier();
        if (t.isPunct(")") && (tokens.get(first).kind() == Token.Kind.IDENT
                || tokens.get(first).kind() == Token.Kind.QUOTED_IDENT)) {
            int open = TokenNav.nextSig(tokens, first);
            if (open >= 0 && tokens.get(open).isPunct("(") && TokenNav.closingOf(tokens, open) == last) {
                return tokens.get(first).identifier();
            }
        }
        return domainName;
    }

    private static Map<String, Target> domains(Connection connection) throws SQLException {
        Map<String, Target> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT d.oid, d.typname, d.typbasetype, d.typtypmod, "
                + "b.typname FROM main._pg_type d LEFT JOIN main._pg_type b ON b.oid = d.typbasetype "
                + "WHERE d.typtype = 'd'"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PgType base = PgTypes.byOid(rs.getInt(3));
                String text = base != null ? PgTypes.formatType(base, rs.getInt(4)) : Catalog.quote(rs.getString(5));
                out.put(rs.getString(2), new Target(rs.getLong(1), text, base != null ? text : rs.getString(5)));
            }
        } catch (SQLException noTypes) {
            if (String.valueOf(noTypes.getMessage()).contains("no such")) return out;
            throw noTypes;
        }
        return out;
    }
}
