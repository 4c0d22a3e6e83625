package dev.impostgres.tracking.functions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.sqlite.Function;

/**
 * bool_and/bool_or/every, the variance and standard deviation aggregates (exact numeric as numeric.c computes
 * them), quote_ident/quote_literal/quote_nullable, string_to_array, regexp_match, regexp_split_to_array and
 * array_replace.
 */
final class MoreFunctions {
    private MoreFunctions() {}

    /** Key words quote_ident quotes (the reserved ones a column name can not be). */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
            "current_date", "current_role", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from",
            "grant", "group", "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit",
            "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing", "primary",
            "references", "returning", "select", "session_user", "some", "symmetric", "table", "then", "to",
            "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where", "window", "with");

    static void register(Connection c) throws SQLException {
        Function.create(c, "bool_and", new BoolAgg(true), 1, 0);
        Function.create(c, "every", new BoolAgg(true), 1, 0);
        Function.create(c, "bool_or", new BoolAgg(false), 1, 0);
        // "variance" itself is taken by a SQLite extension function that wins the lookup: the translator calls
        // pg_variance instead.
        for (String name : new String[] {"var_pop", "var_samp", "pg_variance", "stddev_pop", "stddev_samp", "stddev"}) {
            Function.create(c, name, new Variance(name.endsWith("_pop"), name.startsWith("stddev")), 1, 0);
        }
        Udf.strict(c, "quote_ident", 1, a -> quoteIdent(Values.text(a[0])));
        Udf.strict(c, "quote_literal", 1, a -> quoteLiteral(Values.text(a[0])));
        Udf.lenient(c, "quote_nullable", 1, a -> a[0] == null ? "NULL" : quoteLiteral(Values.text(a[0])));
        Udf.lenient(c, "string_to_array", 2, a -> stringToArray(a[0], a[1], null));
        Udf.lenient(c, "string_to_array", 3, a -> stringToArray(a[0], a[1], a[2]));
        Udf.strict(c, "regexp_match", 2, a -> regexpMatch(Values.text(a[0]), Values.text(a[1]), ""));
        Udf.strict(c, "regexp_match", 3, a -> regexpMatch(Values.text(a[0]), Values.text(a[1]), Values.text(a[2])));
        Udf.strict(c, "regexp_split_to_array", 2, a -> split(Values.text(a[0]), Values.text(a[1]), ""));
        Udf.strict(c, "regexp_split_to_array", 3, a -> split(Values.text(a[0]), Values.text(a[1]), Values.text(a[2])));
        Udf.lenient(c, "array_replace", 3, a -> {
            if (a[0] == null) return null;
            String from = a[1] == null ? null : Values.text(a[1]), to = a[2] == null ? null : Values.text(a[2]);
            List<String> out = new ArrayList<>();
            for (String e : ArrayFunctions.elements(Values.text(a[0]))) out.add(java.util.Objects.equals(e, from) ? to : e);
            return join(out);
        });
    }

    static String quoteIdent(String s) {
        if (s.matches("[a-z_][a-z0-9_$]*") && !RESERVED.contains(s)) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String quoteLiteral(String s) {
        String body = s.replace("'", "''");
        if (s.indexOf('\\') >= 0) return "E'" + body.replace("\\", "\\\\") + "'";
        return "'" + body + "'";
    }

    /** string_to_array: a NULL delimiter splits into characters, an empty one keeps the whole string. */
    private static String stringToArray(Object input, Object delimiter, Object nullString) {
        if (input == null) return null;
        String s = Values.text(input);
        if (s.isEmpty()) return "{}";
        List<String> parts = new ArrayList<>();
        if (delimiter == null) {
            s.codePoints().forEach(cp -> parts.add(new String(Character.toChars(cp))));
        } else if (Values.text(delimiter).isEmpty()) {
            parts.add(s);
        } else {
            String d = Values.text(delimiter);
            int from = 0;
            for (int at = s.indexOf(d); at >= 0; at = s.indexOf(d, from)) {
                parts.add(s.substring(from, at));
                from = at + d.length();
            }
            parts.add(s.substring(from));
        }
        String nulls = nullString == null ? null : Values.text(nullString);
        List<String> out = new ArrayList<>();
        for (String p : parts) out.add(nulls != null && p.equals(nulls) ? null : p);
        return join(out);
    }

    private static String regexpMatch(String s, String regex, String flags) {
        Matcher m = RegexFunctions.compile(regex, flags).matcher(s);
        if (!m.find()) return null;
        List<String> groups = new ArrayList<>();
        if (m.groupCount() == 0) groups.add(m.group());
        for (int g = 1; g <= m.groupCount(); g++) groups.add(m.group(g));
        return join(groups);
    }

    private static String split(String s, String regex, String flags) {
        List<String> parts = new ArrayList<>(List.of(RegexFunctions.compile(regex, flags).split(s, -1)));
        return join(parts);
    }

    private static String join(List<String> elements) {
        List<String> quoted = new ArrayList<>();
        for (String e : elements) quoted.add(ArrayFunctions.quote(e));
        return "{" + String.join(",", quoted) + "}";
    }

    /** bool_and / every (all) and bool_or (any): NULLs ignored, NULL over no non-null rows. */
    private static final class BoolAgg extends Udf.Values implements Cloneable {
        private final boolean all;
        private Boolean state;

        BoolAgg(boolean all) { this.all = all; }

        @Override
        protected void xStep() throws SQLException {
            Object v = arguments()[0];
            if (v == null) return;
            boolean b = Values.integer(v) != 0;
            state = state == null ? b : all ? state && b : state || b;
        }

        @Override
        protected void xFinal() throws SQLException {
            Boolean done = state;
            state = null;
            answer(done);
        }
    }

    /**
     * Variance and standard deviation: exact for integers and numeric (numeric_stddev_internal's formula and
     * result scale, select_div_scale of the final division), double precision as soon as a float arrives.
     */
    private static final class Variance extends Udf.Values implements Cloneable {
        private final boolean population;
        private final boolean root;
        private BigDecimal sum = BigDecimal.ZERO, sumSquares = BigDecimal.ZERO;
        private long count;
        private boolean floating;

        Variance(boolean population, boolean root) {
            this.population = population;
            this.root = root;
        }

        @Override
        protected void xStep() throws SQLException {
            Object v = arguments()[0];
            if (v == null) return;
            floating |= v instanceof Double;
            BigDecimal d = Values.decimal(v);
            sum = sum.add(d);
            sumSquares = sumSquares.add(d.multiply(d));
            count++;
        }

        @Override
        protected void xFinal() throws SQLException {
            BigDecimal s = sum, s2 = sumSquares;
            long n = count;
            boolean dbl = floating;
            sum = BigDecimal.ZERO;
            sumSquares = BigDecimal.ZERO;
            count = 0;
            floating = false;
            if (n == 0 || !population && n == 1) {
                answer(null);
                return;
            }
            BigDecimal bn = BigDecimal.valueOf(n);
            BigDecimal numerator = s2.multiply(bn).subtract(s.multiply(s));
            if (numerator.signum() < 0) numerator = BigDecimal.ZERO;
            BigDecimal denominator = bn.multiply(population ? bn : BigDecimal.valueOf(n - 1));
            if (dbl) {
                double variance = numerator.doubleValue() / denominator.doubleValue();
                answer(root ? Math.sqrt(variance) : variance);
                return;
            }
            int scale = NumericFunctions.divisionScale(numerator, denominator);
            BigDecimal variance = numerator.divide(denominator, scale, RoundingMode.HALF_UP);
            BigDecimal result = root ? variance.sqrt(new MathContext(scale + 40)) : variance; // sqrt of the rounded
            answer(Values.numeric(result.setScale(scale, RoundingMode.HALF_UP)));
        }
    }
}
