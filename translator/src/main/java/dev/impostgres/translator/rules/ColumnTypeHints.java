package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.types.PgType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Postgres result-column types that the select list alone decides: a top-level cast, a literal, count(…), avg(…).
 * Everything else is null (the executor uses the column's declared type or the value's storage class). sum(…) is
 * deliberately unknown: its type depends on the argument's (int4 -> int8, int8 -> numeric, float8 -> float8).
 */
public final class ColumnTypeHints {
    private ColumnTypeHints() {}

    private static final Set<String> END_OF_LIST = Set.of("from", "into", "where", "group", "having", "window",
            "order", "limit", "offset", "fetch", "for");
    private static final Set<String> SET_OPERATIONS = Set.of("union", "intersect", "except");

    /**
     * @param sig the statement's significant tokens; {@code select} the index of its top-level SELECT
     * @return one entry per result column (null where unknown), or null if nothing is known or the column count
     *     is not known (a * in the list, a set operation)
     */
    public static List<PgType> of(List<Token> sig, int select) {
        return of(sig, select, ColumnTypes.NONE);
    }

    /** As above, with the declared types of the columns the statement names. */
    public static List<PgType> of(List<Token> sig, int select, ColumnTypes given) {
        ColumnTypes columns = DerivedColumns.of(sig, given); // CTE and derived-table columns too
        for (int k = select + 1, level = 0; k < sig.size(); k++) { // a set operation at the query's own level
            Token t = sig.get(k);
            if (t.isPunct("(")) level++;
            else if (t.isPunct(")")) level--;
            else if (level == 0 && t.kind() == Token.Kind.IDENT && SET_OPERATIONS.contains(t.identifier())) {
                return setOperation(sig, select, columns);
            }
        }
        SelectList list = selectList(sig, select);
        List<List<Token>> items = list.items();
        int i = list.end();
        int level = 0; // a set operation inside a subquery (WHERE x IN (… UNION …)) leaves the result columns alone
        for (int k = i; k < sig.size(); k++) {
            Token t = sig.get(k);
            if (t.isPunct("(")) level++;
            else if (t.isPunct(")")) level--;
            else if (level <= 0 && t.kind() == Token.Kind.IDENT && SET_OPERATIONS.contains(t.identifier())) {
                return setOperation(sig, select, columns);
            }
        }
        if (items.size() == 1 && items.get(0).size() == 1 && items.get(0).get(0).isOperator("*") && i < sig.size()
                && sig.get(i).is("from")) {
            List<PgType> star = starOverOneRelation(sig, i + 1, columns);
            if (star != null) return star;
        }
        // A slot function as the FROM item (pg_logical_slot_get_binary_changes …) decides its columns' types.
        java.util.Map<String, PgType> fromFunction = i < sig.size() && sig.get(i).is("from")
                ? SlotFunctionRule.columnsOf(sig, i + 1) : null;
        if (fromFunction == null && i < sig.size() && sig.get(i).is("from")) {
            fromFunction = FromFunctionColumns.recordColumns(sig, i + 1, columns); // json[b]_to_record … AS x(a int)
        }
        List<PgType> types = new ArrayList<>();
        boolean any = false;
        for (List<Token> it : items) {
            if (fromFunction != null && it.size() == 1 && it.get(0).isOperator("*")) {
                types.addAll(fromFunction.values());
                any = true;
                continue;
            }
            if (it.isEmpty() || it.get(it.size() - 1).isOperator("*")) return null;
            PgType type = fromFunction == null ? null : fromFunctionColumn(withoutAlias(it), fromFunction);
            if (type == null) type = itemType(it, columns);
            any |= type != null;
            types.add(type);
        }
        return any ? types : null;
    }

    /** A set operation's columns: each the type Postgres resolves over the branches (SetOperationTypes). */
    private static List<PgType> setOperation(List<Token> sig, int select, ColumnTypes columns) {
        List<List<SetOperationTypes.Item>> branches = SetOperationTypes.branches(sig, select);
        if (branches == null) return null;
        List<PgType> types = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < branches.get(0).size(); c++) {
            List<PgType> column = new ArrayList<>();
            for (List<SetOperationTypes.Item> branch : branches) {
                column.add(SetOperationTypes.itemType(SetOperationTypes.expression(sig, branch.get(c)), columns));
            }
            PgType resolved = SetOperationTypes.resolve(column);
            any |= resolved != null;
            types.add(resolved);
        }
        return any ? types : null;
    }

    /**
     * {@code SELECT * FROM x}: the columns of the one FROM item x (a derived table, VALUES list or CTE whose columns
     * are known), else null.
     */
    private static List<PgType> starOverOneRelation(List<Token> sig, int from, ColumnTypes columns) {
        int k = from;
        String name;
        if (k < sig.size() && sig.get(k).isPunct("(")) {
            k = TokenNav.closingOf(sig, k) + 1;
            if (k <= 0) return null;
            if (k < sig.size() && sig.get(k).is("as")) k++;
            if (k >= sig.size()) return null;
            name = sig.get(k).identifier();
            k++;
            if (k < sig.size() && sig.get(k).isPunct("(")) k = TokenNav.closingOf(sig, k) + 1;
        } else {
            if (k >= sig.size() || sig.get(k).kind() != Token.Kind.IDENT && sig.get(k).kind() != Token.Kind.QUOTED_IDENT) {
                return null;
            }
            name = sig.get(k).identifier();
            k++;
            if (k < sig.size() && sig.get(k).is("as")) k++;
            if (k < sig.size() && (sig.get(k).kind() == Token.Kind.QUOTED_IDENT || sig.get(k).kind() == Token.Kind.IDENT
                    && !END_OF_LIST.contains(sig.get(k).identifier()) && !SET_OPERATIONS.contains(sig.get(k).identifier()))) {
                return null; // an alias: the columns are the table's, which the declared types give anyway
            }
        }
        if (k > 0 && k < sig.size() && !(sig.get(k).isPunct(";") || sig.get(k).kind() == Token.Kind.IDENT
                && END_OF_LIST.contains(sig.get(k).identifier()))) return null;
        List<String> names = columns.columnNames(name);
        if (names == null) return null;
        List<PgType> types = new ArrayList<>();
        boolean any = false;
        for (String n : names) {
            PgType t = columns.of(name, n);
            any |= t != null;
            types.add(t);
        }
        return any ? types : null;
    }

    /** {@code column} or {@code alias.column} naming a column of the FROM function. */
    private static PgType fromFunctionColumn(List<Token> expr, java.util.Map<String, PgType> columns) {
        Token last = expr.isEmpty() ? null : expr.get(expr.size() - 1);
        if (last == null || last.kind() != Token.Kind.IDENT) return null;
        if (expr.size() == 1 || expr.size() == 3 && expr.get(1).isPunct(".")) return columns.get(last.identifier());
        return null;
    }

    static PgType itemType(List<Token> item, ColumnTypes columns) {
        PgType known = literalOrCastType(item, columns);
        return known != null ? known : ExpressionTypes.of(withoutAlias(item), columns);
    }

    /**
     * The typmod of each result column whose whole item is a cast to a type with modifiers ({@code numeric(10,2)},
     * {@code varchar(3)}, {@code timestamp(0)}), as Postgres reports it in RowDescription; -1 elsewhere. Null when
     * no item has one, or the column count is not known.
     */
    public static List<Integer> typmods(List<Token> sig, int select) {
        List<PgType> types = of(sig, select);
        if (types == null) return null;
        List<List<Token>> items = selectItems(sig, select);
        if (items.size() != types.size()) return null;
        List<Integer> out = new ArrayList<>();
        boolean any = false;
        for (List<Token> item : items) {
            String cast = castTypeName(withoutAlias(item));
            int typmod = cast == null ? -1 : dev.impostgres.translator.types.PgTypes.typmodOf(cast);
            any |= typmod != -1;
            out.add(typmod);
        }
        return any ? out : null;
    }

    /** The select list's items, split at top-level commas. */
    private static List<List<Token>> selectItems(List<Token> sig, int select) {
        return selectList(sig, select).items();
    }

    /** A select list's items and the index of the token that ends it (FROM, INTO, WHERE … or the end). */
    private record SelectList(List<List<Token>> items, int end) {}

    private static SelectList selectList(List<Token> sig, int select) {
        int i = select + 1;
        if (i < sig.size() && sig.get(i).is("all")) i++;
        else if (i < sig.size() && sig.get(i).is("distinct")) {
            i++;
            if (i < sig.size() && sig.get(i).is("on") && i + 1 < sig.size()) i = TokenNav.closingOf(sig, i + 1) + 1;
        }
        List<List<Token>> items = new ArrayList<>();
        List<Token> item = new ArrayList<>();
        int depth = 0;
        for (; i < sig.size(); i++) {
            Token t = sig.get(i);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            if (depth < 0 || depth == 0 && t.kind() == Token.Kind.IDENT && END_OF_LIST.contains(t.identifier())
                    && !(t.is("from") && i > 0 && sig.get(i - 1).is("distinct"))
                    && !(t.is("group") && i > 0 && sig.get(i - 1).is("within"))) break;
            if (depth == 0 && t.isPunct(",")) {
                items.add(item);
                item = new ArrayList<>();
            } else {
                item.add(t);
            }
        }
        if (!item.isEmpty()) items.add(item);
        return new SelectList(items, i);
    }

    /** Where the operand of the cast at {@code op} starts, through chained casts ({@code 'x'::regclass::oid}). */
    static int castChainStart(List<Token> expr, int op) {
        int start = TokenNav.operandStart(expr, op - 1);
        while (start >= 2 && expr.get(start - 1).isOperator("::")) start = TokenNav.operandStart(expr, start - 2);
        return start;
    }

    /** The type name (with modifiers) of a cast covering the whole expression, or null. */
    private static String castTypeName(List<Token> expr) {
        if (expr.isEmpty()) return null;
        int last = expr.size() - 1;
        if (last > 3 && expr.get(0).is("_pg_domain") && expr.get(1).isPunct("(") && TokenNav.closingOf(expr, 1) == last
                && dev.impostgres.translator.sql.Literals.isString(expr.get(last - 1))) { // a cast to a domain
            return dev.impostgres.translator.sql.Literals.stringValue(expr.get(last - 1));
        }
        for (int k = last; k > 0; k--) {
            if (expr.get(k).isOperator("::")) {
                TokenNav.TypeRef type = TokenNav.typeName(expr, k + 1);
                return type != null && type.last() == last && castChainStart(expr, k) == 0 ? type.name() : null;
            }
        }
        if (expr.size() > 2 && expr.get(0).is("cast") && expr.get(1).isPunct("(") && TokenNav.closingOf(expr, 1) == last) {
            for (int k = last - 1; k > 1; k--) {
                if (expr.get(k).is("as")) {
                    TokenNav.TypeRef type = TokenNav.typeName(expr, k + 1);
                    return type != null && type.last() == last - 1 ? type.name() : null;
                }
            }
        }
        return null;
    }

    private static PgType literalOrCastType(List<Token> item, ColumnTypes columns) {
        List<Token> expr = withoutAlias(item);
        if (expr.isEmpty()) return null;
        int last = expr.size() - 1;
        // operand :: type covering the whole item (chained casts: the last one wins)
        for (int k = last; k > 0; k--) {
            if (expr.get(k).isOperator("::")) {
                TokenNav.TypeRef type = TokenNav.typeName(expr, k + 1);
                if (type != null && type.last() == last && castChainStart(expr, k) == 0) {
                    return TypeLookup.byName(type.name());
                }
                break;
            }
        }
        Token first = expr.get(0);
        if (expr.size() > 2 && expr.get(1).isPunct("(") && TokenNav.closingOf(expr, 1) == last) {
            String fn = first.kind() == Token.Kind.IDENT ? first.identifier() : "";
            switch (fn) {
                case "cast" -> {
                    for (int k = last - 1; k > 1; k--) {
                        if (expr.get(k).is("as")) {
                            TokenNav.TypeRef type = TokenNav.typeName(expr, k + 1);
                            return type != null && type.last() == last - 1 ? TypeLookup.byName(type.name()) : null;
                        }
                    }
                    return null;
                }
                case "count", "nextval", "currval", "setval", "lastval" -> { return TypeLookup.int8(); }
                case "avg" -> {
                    PgType typed = ExpressionTypes.of(expr, columns); // float8 for a float argument
                    return typed != null ? typed : TypeLookup.numeric();
                }
                default -> { return null; }
            }
        }
        if (expr.size() == 2 && (first.isOperator("-") || first.isOperator("+"))
                && expr.get(1).kind() == Token.Kind.NUMBER) {
            return numberType(expr.get(1).text()); // Postgres types the literal first, then negates it
        }
        if (expr.size() != 1) return null;
        if (first.kind() == Token.Kind.NUMBER) return numberType(first.text());
        if (Literals.isString(first) || first.is("null")) return TypeLookup.text();
        if (first.is("true") || first.is("false")) return TypeLookup.bool();
        return null;
    }

    /** Drops "AS alias" or a bare trailing alias (also after an identifier: {@code a b}, {@code count(*) c}). */
    static List<Token> withoutAlias(List<Token> item) {
        for (int k = item.size() - 2; k >= 1; k--) {
            if (item.get(k).is("as") && k == item.size() - 2) return item.subList(0, k);
        }
        if (item.size() >= 2) {
            Token last = item.get(item.size() - 1);
            Token before = item.get(item.size() - 2);
            boolean aliasLike = last.kind() == Token.Kind.QUOTED_IDENT || last.kind() == Token.Kind.IDENT
                    && !last.is("null") && !last.is("true") && !last.is("false");
            boolean afterExpression = before.kind() == Token.Kind.NUMBER || Literals.isString(before)
                    || before.isPunct(")") || before.is("true") || before.is("false") || before.is("null");
            if (aliasLike && afterExpression) return item.subList(0, item.size() - 1);
        }
        return item;
    }

    /** int4 when it fits, else int8, else numeric; any decimal point or exponent makes it numeric. */
    private static PgType numberType(String literal) {
        String digits = literal.replace("_", "");
        if (digits.contains(".") || digits.contains("e") || digits.contains("E")) return TypeLookup.numeric();
        try {
            BigInteger v = digits.startsWith("0x") || digits.startsWith("0X")
                    ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits);
            if (v.bitLength() < 32) return TypeLookup.int4();
            if (v.bitLength() < 64) return TypeLookup.int8();
            return TypeLookup.numeric();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
