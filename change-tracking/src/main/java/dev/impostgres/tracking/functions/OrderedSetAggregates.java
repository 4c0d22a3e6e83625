package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sqlite.Function;

/**
 * percentile_cont, percentile_disc and mode (the translator's OrderedSetAggregateRule passes the WITHIN GROUP sort
 * key and direction as the last two arguments). The values are sorted as Postgres sorts them: numbers and numeric
 * text by value, other text by its characters; NULL keys are skipped, as Postgres skips them.
 */
final class OrderedSetAggregates {
    private OrderedSetAggregates() {}

    static void register(Connection c) throws SQLException {
        Function.create(c, "pg_percentile_cont", new Percentile(true), 3, 0);
        Function.create(c, "pg_percentile_disc", new Percentile(false), 3, 0);
        Function.create(c, "pg_mode", new Mode(), 2, 0);
    }

    private static final Comparator<Object> BY_VALUE = (a, b) -> {
        if (numeric(a) && numeric(b)) return Values.decimal(a).compareTo(Values.decimal(b));
        return Values.text(a).compareTo(Values.text(b));
    };

    private static boolean numeric(Object v) {
        if (v instanceof Long || v instanceof Double) return true;
        return v instanceof String s && s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    /** The sort keys of a group, in the WITHIN GROUP order. */
    private abstract static class Sorted extends Udf.Values implements Cloneable {
        private List<Object> keys = new ArrayList<>();
        private boolean descending;

        void add(Object key, Object direction) {
            if (direction != null) descending = "desc".equals(Values.text(direction));
            if (key != null) keys.add(key);
        }

        List<Object> drain() {
            List<Object> out = keys;
            keys = new ArrayList<>();
            out.sort(descending ? BY_VALUE.reversed() : BY_VALUE);
            return out;
        }

        @Override
        public Object clone() throws CloneNotSupportedException {
            Sorted copy = (Sorted) super.clone();
            copy.keys = new ArrayList<>();
            return copy;
        }
    }

    private static final class Percentile extends Sorted {
        private final boolean continuous;
        private Object fraction;

        Percentile(boolean continuous) {
            this.continuous = continuous;
        }

        @Override
        protected void xStep() throws SQLException {
            Object[] a = arguments();
            if (fraction == null) fraction = a[0];
            add(a[1], a[2]);
        }

        @Override
        protected void xFinal() throws SQLException {
            List<Object> sorted = drain();
            Object f = fraction;
            fraction = null;
            if (f == null || sorted.isEmpty()) {
                answer(null);
                return;
            }
            double p = Values.dbl(f);
            if (p < 0 || p > 1 || Double.isNaN(p)) {
                fail(new PgFunctionError("22003", "percentile value " + Values.text(f) + " is not between 0 and 1"));
                return;
            }
            int n = sorted.size();
            if (!continuous) { // the first value whose cumulative distribution reaches p
                int index = (int) Math.ceil(p * n) - 1;
                answer(sorted.get(Math.max(0, index)));
                return;
            }
            double position = p * (n - 1);
            int lower = (int) Math.floor(position), upper = (int) Math.ceil(position);
            double low = Values.dbl(sorted.get(lower)), high = Values.dbl(sorted.get(upper));
            answer(lower == upper ? low : low + (position - lower) * (high - low));
        }
    }

    /** The most frequent value; among equally frequent ones the first in sort order. */
    private static final class Mode extends Sorted {
        @Override
        protected void xStep() throws SQLException {
            Object[] a = arguments();
            add(a[0], a[1]);
        }

        @Override
        protected void xFinal() throws SQLException {
            List<Object> sorted = drain();
            Object best = null, current = null;
            int bestCount = 0, count = 0;
            for (Object v : sorted) {
                if (current != null && BY_VALUE.compare(current, v) == 0) {
                    count++;
                } else {
                    current = v;
                    count = 1;
                }
                if (count > bestCount) {
                    best = current;
                    bestCount = count;
                }
            }
            answer(best);
        }
    }

}
