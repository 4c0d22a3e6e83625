package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds the operands of a binary operator on the token stream by Postgres's operator precedence (gram.y), so an
 * operator can be rewritten into a function call: {@code a - b / c} → {@code a - pg_div(b, c)}.
 */
final class Operands {
    private Operands() {}

    static final int OTHER = 5;
    static final int ADD = 6;
    static final int MUL = 7;
    static final int POW = 8;

    /** Key words that end an operand (clause words, boolean connectives, predicates). */
    private static final Set<String> STOP_WORDS = Set.of("select", "from", "where", "and", "or", "not", "is", "in",
            "like", "ilike", "similar", "between", "when", "then", "else", "case", "on", "as", "by", "having",
            "group", "order", "limit", "offset", "returning", "values", "set", "using", "escape", "isnull", "notnull",
            "union", "intersect", "except", "window", "asc", "desc", "nulls", "into", "do", "for", "filter", "over",
            "join", "left", "right", "inner", "outer", "full", "cross", "with", "distinct", "all", "any", "some",
            "end", "fetch", "lateral", "natural", "at", "collate");

    /** Type names that may prefix a string literal ({@code interval '1 day'}). */
    private static final Set<String> LITERAL_TYPES = Set.of("interval", "timestamp", "timestamptz", "date", "time",
            "timetz", "json", "jsonb", "uuid", "numeric", "text", "bool", "boolean", "int", "integer", "bigint",
            "smallint", "int2", "int4", "int8", "float4", "float8", "real", "bytea", "varchar", "char", "inet");

    /** Precedence of a binary operator token, or -1 when it is not one this class handles. */
    static int precedence(Token t) {
        if (t.kind() != Token.Kind.OPERATOR) return -1;
        return switch (t.text()) {
            case "^" -> POW;
            case "*", "/", "%" -> MUL;
            case "+", "-" -> ADD;
            case "<", ">", "=", "<=", ">=", "<>", "!=", "::" -> -1;
            default -> OTHER;
        };
    }

    /** First token index of the left operand of the binary operator at {@code op}, or -1. */
    static int leftStart(List<Token> tokens, int op, int level) {
        int end = TokenNav.prevSig(tokens, op);
        if (end < 0) return -1;
        int start = primaryStart(tokens, end);
        while (start >= 0) {
            int before = TokenNav.prevSig(tokens, start);
            if (before < 0) return start;
            Token b = tokens.get(before);
            if (isUnaryPrefix(tokens, before)) {
                if (level > POW) return start; // unary minus binds tighter than everything below ::
                start = before;
                continue;
            }
            int p = precedence(b);
            if (p < level || p < 0) return start;
            int prevEnd = TokenNav.prevSig(tokens, before);
            if (prevEnd < 0) return start;
            start = primaryStart(tokens, prevEnd);
        }
        return -1;
    }

    /** Last token index of the right operand of the binary operator at {@code op}, or -1. */
    static int rightEnd(List<Token> tokens, int op, int level) {
        int first = TokenNav.nextSig(tokens, op);
        while (first >= 0 && (tokens.get(first).isOperator("-") || tokens.get(first).isOperator("+"))) {
            first = TokenNav.nextSig(tokens, first);
        }
        if (first < 0) return -1;
        int end = primaryEnd(tokens, first);
        while (end >= 0) {
            int next = TokenNav.nextSig(tokens, end);
            if (next < 0) return end;
            int p = precedence(tokens.get(next));
            if (p <= level) return end; // left-associative: an equal operator starts the next operation
            int operand = TokenNav.nextSig(tokens, next);
            if (operand < 0) return end;
            while (operand >= 0 && (tokens.get(operand).isOperator("-") || tokens.get(operand).isOperator("+"))) {
                operand = TokenNav.nextSig(tokens, operand);
            }
            if (operand < 0) return end;
            end = primaryEnd(tokens, operand);
        }
        return -1;
    }

    /** A prefix +, - or ~ (nothing that ends a value before it). */
    private static boolean isUnaryPrefix(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!(t.isOperator("-") || t.isOperator("+") || t.isOperator("~"))) return false;
        int p = TokenNav.prevSig(tokens, i);
        if (p < 0) return true;
        Token b = tokens.get(p);
        return b.kind() == Token.Kind.OPERATOR || b.isPunct("(") || b.isPunct(",")
                || b.kind() == Token.Kind.IDENT && STOP_WORDS.contains(b.identifier()) && !b.is("end");
    }

    /** Start of the primary (with postfix subscripts and casts) ending at {@code end}, or -1. */
    static int primaryStart(List<Token> tokens, int end) {
        int cast = castBefore(tokens, end);
        if (cast >= 0) {
            int operandEnd = TokenNav.prevSig(tokens, cast);
            return operandEnd < 0 ? -1 : primaryStart(tokens, operandEnd);
        }
        Token t = tokens.get(end);
        if (t.is("end")) return caseStart(tokens, end);
        if (t.kind() == Token.Kind.IDENT && STOP_WORDS.contains(t.identifier()) && !columnNamedAt(tokens, end)) return -1;
        if (t.kind() == Token.Kind.OPERATOR || t.isPunct(",") || t.isPunct("(")) return -1;
        if (Literals.isString(t)) {
            int p = TokenNav.prevSig(tokens, end);
            return p >= 0 && tokens.get(p).kind() == Token.Kind.IDENT && LITERAL_TYPES.contains(tokens.get(p).identifier())
                    ? p : end;
        }
        return TokenNav.operandStart(tokens, end);
    }

    /** End of the primary starting at {@code first}, or -1. */
    static int primaryEnd(List<Token> tokens, int first) {
        Token t = tokens.get(first);
        int end;
        if (t.is("case")) {
            end = caseEnd(tokens, first);
        } else if (t.isPunct("(")) {
            end = TokenNav.closingOf(tokens, first);
        } else if (t.kind() == Token.Kind.IDENT && STOP_WORDS.contains(t.identifier()) && !columnNamedAt(tokens, first)) {
            return -1;
        } else if (t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT) {
            end = first;
            int next = TokenNav.nextSig(tokens, end);
            while (next >= 0 && tokens.get(next).isPunct(".")) {
                int part = TokenNav.nextSig(tokens, next);
                if (part < 0) break;
                end = part;
                next = TokenNav.nextSig(tokens, end);
            }
            if (next >= 0 && (tokens.get(next).isPunct("(") || tokens.get(next).isPunct("["))) {
                end = TokenNav.closingOf(tokens, next);
            } else if (next >= 0 && Literals.isString(tokens.get(next)) && LITERAL_TYPES.contains(t.identifier())) {
                end = next;
            }
        } else if (t.kind() == Token.Kind.OPERATOR || t.kind() == Token.Kind.PUNCT) {
            return -1;
        } else {
            end = first;
        }
        while (end >= 0) {
            int next = TokenNav.nextSig(tokens, end);
            if (next >= 0 && tokens.get(next).isPunct("[")) end = TokenNav.closingOf(tokens, next);
            else if (next >= 0 && tokens.get(next).isOperator("::")) {
                TokenNav.TypeRef type = TokenNav.typeName(tokens, TokenNav.nextSig(tokens, next));
                if (type == null) break;
                end = type.last();
            } else break;
        }
        return end;
    }

    /** The {@code ::} whose type name ends at {@code end} (a postfix cast), or -1. */
    private static int castBefore(List<Token> tokens, int end) {
        int k = end;
        for (int steps = 0; steps < 12 && k >= 0; steps++) {
            k = TokenNav.prevSig(tokens, k);
            if (k < 0) return -1;
            if (tokens.get(k).isOperator("::")) {
                TokenNav.TypeRef type = TokenNav.typeName(tokens, TokenNav.nextSig(tokens, k));
                return type != null && type.last() == end ? k : -1;
            }
            if (tokens.get(k).isPunct(")") || tokens.get(k).isPunct("]")) k = TokenNav.openingOf(tokens, k);
        }
        return -1;
    }

    /** {@code at} not followed by TIME ZONE / LOCAL is a column of that name, not AT TIME ZONE. */
    private static boolean columnNamedAt(List<Token> tokens, int i) {
        if (!tokens.get(i).is("at")) return false;
        int next = TokenNav.nextSig(tokens, i);
        return next < 0 || !(tokens.get(next).is("time") || tokens.get(next).is("local"));
    }

    private static int caseStart(List<Token> tokens, int end) {
        int depth = 0;
        for (int k = end; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is("end")) depth++;
            else if (t.is("case") && --depth == 0) return k;
        }
        return -1;
    }

    private static int caseEnd(List<Token> tokens, int start) {
        int depth = 0;
        for (int k = start; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is("case")) depth++;
            else if (t.is("end") && --depth == 0) return k;
        }
        return -1;
    }
}
