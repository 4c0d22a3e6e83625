package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Result column names as Postgres gives them (FigureColname in parse_target.c) for the top-level select list and
 * RETURNING list: an unaliased item gets {@code AS "name"} where SQLite would name it differently. A function call
 * is named after the function, a cast after its type unless its operand has a name, CASE after its ELSE branch or
 * "case", a column reference after the column, anything else "?column?". Runs first: it reads the client's text.
 */
public final class ColumnNameRule implements RewriteRule {

    private static final Set<String> END_OF_LIST = Set.of("from", "into", "where", "group", "having", "window",
            "order", "limit", "offset", "fetch", "for", "union", "intersect", "except", "on");
    private static final Set<String> NOT_ALIAS = Set.of("end", "null", "true", "false", "current_date",
            "current_timestamp", "current_time", "localtime", "localtimestamp", "current_user", "session_user",
            "user", "current_role", "current_catalog", "current_schema", "precision", "zone", "desc", "asc");
    private static final Set<String> VALUE_FUNCTIONS = Set.of("current_date", "current_timestamp", "current_time",
            "localtime", "localtimestamp", "current_user", "session_user", "user", "current_role", "current_catalog",
            "current_schema");
    private static final Set<String> NOT_FUNCTION_NAMES = Set.of("not", "exists", "select", "values");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("select") || t.is("returning"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        int depth = 0;
        boolean selectDone = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && (t.is("select") && !selectDone || t.is("returning"))) {
                selectDone |= t.is("select");
                i = nameList(tokens, i);
            }
        }
    }

    /** Names the items of the list after {@code start}; returns the index of the list's end. */
    private static int nameList(List<Token> tokens, int start) {
        int i = TokenNav.nextSig(tokens, start);
        if (i >= 0 && tokens.get(i).is("all")) i = TokenNav.nextSig(tokens, i);
        else if (i >= 0 && tokens.get(i).is("distinct")) {
            i = TokenNav.nextSig(tokens, i);
            if (i >= 0 && tokens.get(i).is("on")) {
                int open = TokenNav.nextSig(tokens, i);
                i = open < 0 ? -1 : TokenNav.nextSig(tokens, TokenNav.closingOf(tokens, open));
            }
        }
        if (i < 0) return tokens.size();
        List<Integer> itemStarts = new ArrayList<>();
        List<Integer> itemEnds = new ArrayList<>();
        int depth = 0;
        int itemStart = i;
        int k = i;
        int lastSig = -1;
        for (; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isTrivia()) continue;
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            if (depth < 0 || t.isPunct(";")
                    || depth == 0 && t.kind() == Kind.IDENT && END_OF_LIST.contains(t.identifier())
                    && !(t.is("from") && TokenNav.prevSig(tokens, k) >= 0 && tokens.get(TokenNav.prevSig(tokens, k)).is("distinct"))
                    && !(t.is("group") && TokenNav.prevSig(tokens, k) >= 0 && tokens.get(TokenNav.prevSig(tokens, k)).is("within"))) break;
            if (depth == 0 && t.isPunct(",")) {
                if (lastSig >= itemStart) { itemStarts.add(itemStart); itemEnds.add(lastSig); }
                itemStart = TokenNav.nextSig(tokens, k);
                if (itemStart < 0) break;
                continue;
            }
            lastSig = k;
        }
        if (itemStart >= 0 && lastSig >= itemStart) { itemStarts.add(itemStart); itemEnds.add(lastSig); }
        int end = k;
        for (int n = itemStarts.size() - 1; n >= 0; n--) {
            List<Token> item = significant(tokens, itemStarts.get(n), itemEnds.get(n));
            if (hasAlias(item)) continue;
            String name = name(item);
            if (name == null || sqliteNamesItSo(item, name)) continue;
            List<Token> alias = List.of(new Token(Kind.WHITESPACE, " ", -1), new Token(Kind.IDENT, "AS", -1),
                    new Token(Kind.WHITESPACE, " ", -1),
                    new Token(Kind.QUOTED_IDENT, "\"" + name.replace("\"", "\"\"") + "\"", -1));
            tokens.addAll(itemEnds.get(n) + 1, alias);
            end += alias.size();
        }
        return end - 1;
    }

    private static List<Token> significant(List<Token> tokens, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (int k = from; k <= to; k++) if (!tokens.get(k).isTrivia()) out.add(tokens.get(k));
        return out;
    }

    /** SQLite already names a plain lower-case or quoted column reference exactly as Postgres does. */
    private static boolean sqliteNamesItSo(List<Token> item, String name) {
        Token last = item.get(item.size() - 1);
        if (last.kind() == Kind.IDENT && VALUE_FUNCTIONS.contains(last.identifier())) return false;
        boolean columnRef = item.size() == 1 || item.size() >= 3 && item.get(item.size() - 2).isPunct(".");
        return columnRef && (last.kind() == Kind.QUOTED_IDENT || last.kind() == Kind.IDENT && last.text().equals(name));
    }

    private static boolean hasAlias(List<Token> item) {
        if (item.isEmpty()) return true;
        Token last = item.get(item.size() - 1);
        if (last.isOperator("*")) return true; // * and t.* name themselves
        if (item.size() < 2) return false;
        Token before = item.get(item.size() - 2);
        if (before.is("as")) return true;
        if (last.kind() != Kind.IDENT && last.kind() != Kind.QUOTED_IDENT) return false;
        if (last.kind() == Kind.IDENT && NOT_ALIAS.contains(last.identifier())) return false;
        if (before.isPunct(".") || before.kind() == Kind.OPERATOR) return false;
        if (castTypeEnd(item) == item.size() - 1) return false;
        if (before.kind() == Kind.IDENT && (before.is("over") || before.is("is") || before.is("not")
                || before.is("distinct") || before.is("from") || before.is("zone"))) return false;
        return before.kind() != Kind.PUNCT || before.isPunct(")") || before.isPunct("]");
    }

    /** Index of the last token of a trailing {@code ::type}, or -1. */
    private static int castTypeEnd(List<Token> item) {
        for (int k = item.size() - 1; k > 0; k--) {
            if (item.get(k).isOperator("::")) {
                TokenNav.TypeRef type = TokenNav.typeName(item, k + 1);
                return type == null ? -1 : type.last();
            }
        }
        return -1;
    }

    /** FigureColname: the name, or null to leave SQLite's. */
    static String name(List<Token> item) {
        Figure f = figure(item);
        return f == null ? "?column?" : f.name;
    }

    private record Figure(String name, int strength) {}

    private static Figure figure(List<Token> e) {
        if (e.isEmpty()) return null;
        int last = e.size() - 1;
        Token first = e.get(0);
        // operand ::type [::type …] covering the whole expression: named after the operand, else the last type
        int depth = 0;
        for (int k = 1; k < e.size(); k++) {
            Token t = e.get(k);
            if (t.isPunct("(") || t.isPunct("[") || t.is("case")) depth++;
            else if (t.isPunct(")") || t.isPunct("]") || t.is("end")) depth--;
            else if (depth == 0 && t.isOperator("::")) {
                if (TokenNav.operandStart(e, k - 1) != 0) break;
                String typeName = null;
                int at = k;
                while (at < e.size() && e.get(at).isOperator("::")) {
                    TokenNav.TypeRef type = TokenNav.typeName(e, at + 1);
                    if (type == null) break;
                    typeName = typeColumnName(type.name(), e.get(at + 1));
                    at = type.last() + 1;
                }
                if (at != e.size() || typeName == null) break;
                Figure inner = figure(e.subList(0, k));
                if (inner != null && inner.strength > 1) return inner;
                return new Figure(typeName, 1);
            }
        }
        if (first.isPunct("(") && TokenNav.closingOf(e, 0) == last) {
            List<Token> inner = e.subList(1, last);
            if (!inner.isEmpty() && inner.get(0).is("select")) return subselect(inner);
            return figure(inner);
        }
        if (first.is("case") && last > 0 && e.get(last).is("end")) return caseName(e);
        if (first.is("array") && e.size() > 1 && (e.get(1).isPunct("[") || e.get(1).isPunct("("))
                && TokenNav.closingOf(e, 1) == last) return new Figure("array", 2);
        if (first.is("exists") && e.size() > 1 && e.get(1).isPunct("(") && TokenNav.closingOf(e, 1) == last) {
            return new Figure("exists", 2);
        }
        // column reference, possibly qualified, possibly subscripted
        int end = last;
        while (e.get(end).isPunct("]")) {
            int open = TokenNav.openingOf(e, end);
            if (open <= 0) break;
            end = open - 1;
        }
        if (isName(e.get(end))) {
            int k = end;
            while (k >= 2 && e.get(k - 1).isPunct(".") && isName(e.get(k - 2))) k -= 2;
            if (k == 0) {
                Token name = e.get(end);
                if (name.kind() == Kind.IDENT && VALUE_FUNCTIONS.contains(name.identifier()) && end == 0) {
                    return new Figure(name.identifier(), 2);
                }
                if (name.is("null") || name.is("true") || name.is("false")) return null;
                return new Figure(name.identifier(), 2);
            }
        }
        // function call name(...) [FILTER (...)] [OVER ...]
        int k = 0;
        while (k + 2 < e.size() && e.get(k + 1).isPunct(".") && isName(e.get(k))) k += 2;
        if (isName(e.get(k)) && k + 1 < e.size() && e.get(k + 1).isPunct("(")
                && !(e.get(k).kind() == Kind.IDENT && NOT_FUNCTION_NAMES.contains(e.get(k).identifier()))) {
            int close = TokenNav.closingOf(e, k + 1);
            if (close == last || close > 0 && close + 1 <= last
                    && (e.get(close + 1).is("filter") || e.get(close + 1).is("over") || e.get(close + 1).is("within"))) {
                String fn = e.get(k).identifier();
                if (fn.equals("cast")) return castCall(e.subList(k + 2, close));
                if (fn.equals("trim")) fn = trimName(e.subList(k + 2, close));
                return new Figure(fn, 2);
            }
        }
        return null;
    }

    private static boolean isName(Token t) {
        return t.kind() == Kind.IDENT || t.kind() == Kind.QUOTED_IDENT;
    }

    private static Figure castCall(List<Token> inner) {
        int depth = 0;
        for (int k = 0; k < inner.size(); k++) {
            Token t = inner.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.is("as") && k + 1 < inner.size()) {
                Figure operand = figure(inner.subList(0, k));
                if (operand != null && operand.strength > 1) return operand;
                TokenNav.TypeRef type = TokenNav.typeName(inner, k + 1);
                return type == null ? null : new Figure(typeColumnName(type.name(), inner.get(k + 1)), 1);
            }
        }
        return null;
    }

    private static String trimName(List<Token> args) {
        for (Token t : args) {
            if (t.is("leading")) return "ltrim";
            if (t.is("trailing")) return "rtrim";
        }
        return "btrim";
    }

    /** CASE is named after its ELSE branch when that has a name, else "case". */
    private static Figure caseName(List<Token> e) {
        int depth = 0;
        int elseAt = -1;
        for (int k = 1; k < e.size() - 1; k++) {
            Token t = e.get(k);
            if (t.isPunct("(") || t.isPunct("[") || t.is("case")) depth++;
            else if (t.isPunct(")") || t.isPunct("]") || t.is("end")) depth--;
            else if (depth == 0 && t.is("else")) elseAt = k;
        }
        if (elseAt > 0) {
            Figure f = figure(e.subList(elseAt + 1, e.size() - 1));
            if (f != null && f.strength > 1) return f;
        }
        return new Figure("case", 1);
    }

    /** (SELECT x …) is named after its first result column. */
    private static Figure subselect(List<Token> inner) {
        int depth = 0;
        int k = 1;
        if (k < inner.size() && (inner.get(k).is("all") || inner.get(k).is("distinct"))) k++;
        int from = k;
        for (; k < inner.size(); k++) {
            Token t = inner.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            if (depth == 0 && (t.isPunct(",") || t.kind() == Kind.IDENT && END_OF_LIST.contains(t.identifier()))) break;
        }
        List<Token> item = inner.subList(from, k);
        if (item.size() >= 2 && item.get(item.size() - 2).is("as")) {
            return new Figure(item.get(item.size() - 1).identifier(), 2);
        }
        if (hasAlias(item)) return new Figure(item.get(item.size() - 1).identifier(), 2);
        Figure f = figure(item);
        return f == null ? null : new Figure(f.name, 2);
    }

    /** The type name Postgres's grammar produces: int4 for integer, float8 for double precision, varchar… */
    private static String typeColumnName(String spelled, Token firstWord) {
        String base = spelled.replaceAll("\\[\\]", "").replaceAll("\\(.*\\)", "").trim();
        switch (base) {
            case "timestamp with time zone": return "timestamptz";
            case "timestamp without time zone", "timestamp": return "timestamp";
            case "time with time zone": return "timetz";
            case "time without time zone": return "time";
            case "character varying", "varchar", "national character varying": return "varchar";
            case "character", "char", "national character": return "bpchar";
            case "double precision", "float": return "float8";
            case "decimal", "dec": return "numeric";
            default: break;
        }
        PgType type = PgTypes.byName(base);
        if (type != null && firstWord.kind() == Kind.IDENT) {
            if (type.isArray()) type = PgTypes.byOid(type.elementOid());
            if (type != null && !type.name().startsWith("_")) return type.name();
        }
        return Literals.isString(firstWord) ? base : firstWord.identifier();
    }
}
