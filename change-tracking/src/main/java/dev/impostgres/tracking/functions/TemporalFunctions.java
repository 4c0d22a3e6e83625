package dev.impostgres.tracking.functions;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.TemporalValues;
import dev.impostgres.translator.types.TemporalValues.Interval;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Date/time arithmetic and functions on the storage forms (date 'YYYY-MM-DD', timestamp text, timestamptz text in
 * UTC, interval text): the typed operators the translator emits (their first three arguments are the operator and
 * the operand types) and extract/date_part/date_trunc/age, which get their argument's type as a tag. timestamptz is
 * computed in UTC (the session TimeZone does not reach these functions yet).
 */
final class TemporalFunctions {
    private TemporalFunctions() {}

    private static final long USECS_PER_DAY = TemporalValues.USECS_PER_DAY;

    static void register(Connection c, java.util.function.Supplier<java.time.ZoneId> zone) throws SQLException {
        Udf.strict(c, "pg_date_op", 5, a -> wrap(() -> dateOp(s(a[0]), s(a[1]), a[3], a[4])));
        Udf.strict(c, "pg_date_diff", 5, a -> wrap(() ->
                (long) (TemporalValues.date(s(a[3])) - TemporalValues.date(s(a[4])))));
        Udf.strict(c, "pg_timestamp_op", 5, a -> wrap(() -> TemporalValues.timestamp(
                instantOp(s(a[0]), s(a[1]), s(a[2]), s(a[3]), s(a[4]), null))));
        Udf.strict(c, "pg_timestamptz_op", 5, a -> wrap(() -> TemporalValues.timestamptz(
                instantOp(s(a[0]), s(a[1]), s(a[2]), s(a[3]), s(a[4]), zone.get()))));
        Udf.strict(c, "pg_time_op", 5, a -> wrap(() -> timeOp(s(a[0]), s(a[1]), s(a[3]), s(a[4]))));
        Udf.strict(c, "pg_interval_op", 5, a -> wrap(() -> TemporalValues.interval(
                intervalOp(s(a[0]), s(a[1]), s(a[2]), a[3], a[4]))));
        Udf.strict(c, "pg_interval_cmp", 2, a -> wrap(() -> (long) Integer.signum(
                key(TemporalValues.interval(s(a[0]))).compareTo(key(TemporalValues.interval(s(a[1])))))));
        // to_timestamp(double precision): Unix epoch seconds, rounded to microseconds, as timestamptz.
        Udf.strict(c, "to_timestamp", 1, a -> wrap(() -> epochSecondsToTimestamptz(Values.dbl(a[0]))));
        Udf.strict(c, "pg_extract", 3, a -> wrap(() -> Values.numeric(DateFields.extract(s(a[0]), s(a[1]), s(a[2]), zone.get()))));
        Udf.strict(c, "pg_date_part", 3, a -> wrap(() -> DateFields.extract(s(a[0]), s(a[1]), s(a[2]), zone.get()).doubleValue()));
        Udf.strict(c, "pg_date_trunc", 3, a -> wrap(() -> DateFields.trunc(s(a[0]), s(a[1]), s(a[2]), zone.get())));
        Udf.strict(c, "pg_age", 3, a -> wrap(() -> TemporalValues.interval(age(s(a[0]), s(a[1]), s(a[2]), zone.get()))));
        Udf.strict(c, "pg_to_char", 3, a -> wrap(() -> ToChar.format(s(a[0]), s(a[1]), s(a[2]), zone.get())));
        Udf.strict(c, "make_date", 3, a -> wrap(() -> TemporalValues.date((int) (validDate(Values.int4(a[0]),
                Values.int4(a[1]), Values.int4(a[2])).toEpochDay() - LocalDate.of(2000, 1, 1).toEpochDay()))));
        Udf.strict(c, "make_time", 3, a -> wrap(() -> TemporalValues.timestamp(TemporalValues.micros(
                LocalDateTime.of(2000, 1, 1, 0, 0)) + clock(a[0], a[1], a[2])).substring(11)));
        Udf.strict(c, "make_timestamp", 6, a -> wrap(() -> TemporalValues.timestamp(TemporalValues.micros(
                validDate(Values.int4(a[0]), Values.int4(a[1]), Values.int4(a[2])).atStartOfDay())
                + clock(a[3], a[4], a[5]))));
        Udf.strict(c, "justify_days", 1, a -> wrap(() -> TemporalValues.interval(justifyDays(TemporalValues.interval(s(a[0]))))));
        Udf.strict(c, "justify_hours", 1, a -> wrap(() -> TemporalValues.interval(justifyHours(TemporalValues.interval(s(a[0]))))));
        Udf.strict(c, "justify_interval", 1, a -> wrap(() -> TemporalValues.interval(
                justifyInterval(TemporalValues.interval(s(a[0]))))));
    }

    interface Body { Object get(); }

    /** The type codecs' PgExceptions (22007, 22008, …) leave a UDF as a PgFunctionError. */
    static Object wrap(Body body) {
        try {
            return body.get();
        } catch (PgException e) {
            throw new PgFunctionError(e.sqlState(), e.getMessage());
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw new PgFunctionError("22008", "date/time field value out of range");
        }
    }

    private static LocalDate validDate(int y, int m, int d) {
        if (y == 0) throw new PgFunctionError("22008", "date field value out of range: " + y + "-" + String.format("%02d-%02d", m, d));
        try {
            return LocalDate.of(y < 0 ? y + 1 : y, m, d); // year -44 is 44 BC, ISO year -43
        } catch (java.time.DateTimeException e) {
            throw new PgFunctionError("22008", "date field value out of range: " + String.format("%04d-%02d-%02d", y, m, d));
        }
    }

    private static String s(Object v) { return Values.text(v); }

    private static long clock(Object h, Object m, Object sec) {
        BigDecimal seconds = Values.decimal(sec);
        return Values.integer(h) * 3_600_000_000L + Values.integer(m) * 60_000_000L
                + seconds.movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static String dateOp(String op, String lt, Object l, Object r) {
        boolean dateLeft = lt.equals("date");
        int days = TemporalValues.date(s(dateLeft ? l : r));
        long n = Values.integer(dateLeft ? r : l);
        return TemporalValues.date(Math.toIntExact(op.equals("-") ? days - n : days + n));
    }

    /** timestamp/timestamptz ± interval, date ± interval, date + time: microseconds. */
    /** {@code zone} null: timestamp arithmetic; else timestamptz, with days and months in that zone's calendar. */
    static long instantOp(String op, String lt, String rt, String l, String r, java.time.ZoneId zone) {
        boolean zoned = zone != null;
        if (lt.equals("time") || rt.equals("time")) {
            String date = lt.equals("date") ? l : r, time = lt.equals("time") ? l : r;
            return TemporalValues.timestamp(date) + TemporalValues.timestamp("2000-01-01 " + time)
                    - TemporalValues.timestamp("2000-01-01");
        }
        boolean intervalLeft = lt.equals("interval");
        String base = intervalLeft ? r : l;
        Interval span = TemporalValues.interval(intervalLeft ? l : r);
        long micros = zoned ? TemporalValues.timestamptz(base) : TemporalValues.timestamp(base);
        if (TemporalValues.infinite(micros)) return micros;
        int sign = op.equals("-") ? -1 : 1;
        return plus(micros, new Interval(sign * span.months(), sign * span.days(), sign * span.micros()), zone);
    }

    /** timestamp_pl_interval: months (clamped to the month's length), then days, then time. */
    static long plus(long micros, Interval span, java.time.ZoneId zone) {
        if (span.months() == 0 && span.days() == 0) return micros + span.micros();
        LocalDateTime t = zone == null ? TemporalValues.local(micros) : TemporalValues.local(micros, zone);
        if (span.months() != 0) t = t.plusMonths(span.months());
        if (span.days() != 0) t = t.plusDays(span.days());
        return (zone == null ? TemporalValues.micros(t) : TemporalValues.micros(t, zone)) + span.micros();
    }

    /** time ± interval: the interval's time part, wrapping around midnight (days and months are ignored). */
    private static String timeOp(String op, String lt, String l, String r) {
        boolean timeLeft = lt.equals("time");
        long time = TemporalValues.timestamp("2000-01-01 " + (timeLeft ? l : r)) - TemporalValues.timestamp("2000-01-01");
        long span = TemporalValues.interval(timeLeft ? r : l).micros();
        long result = Math.floorMod(op.equals("-") ? time - span : time + span, USECS_PER_DAY);
        return TemporalValues.timestamp(TemporalValues.timestamp("2000-01-01") + result).substring(11);
    }

    private static Interval intervalOp(String op, String lt, String rt, Object l, Object r) {
        if (lt.equals("time")) {
            long a = TemporalValues.timestamp("2000-01-01 " + s(l)), b = TemporalValues.timestamp("2000-01-01 " + s(r));
            return new Interval(0, 0, a - b);
        }
        if (lt.equals("timestamp") || lt.equals("timestamptz")) {
            boolean z = lt.equals("timestamptz");
            long d = (z ? TemporalValues.timestamptz(s(l)) : TemporalValues.timestamp(s(l)))
                    - (z ? TemporalValues.timestamptz(s(r)) : TemporalValues.timestamp(s(r)));
            return justifyHours(new Interval(0, 0, d)); // timestamp_mi: days from 24-hour spans
        }
        if (lt.equals("interval") && rt.equals("interval")) {
            Interval a = TemporalValues.interval(s(l)), b = TemporalValues.interval(s(r));
            int sign = op.equals("-") ? -1 : 1;
            return new Interval(Math.addExact(a.months(), sign * b.months()), Math.addExact(a.days(), sign * b.days()),
                    Math.addExact(a.micros(), sign * b.micros()));
        }
        Interval span = TemporalValues.interval(s(lt.equals("interval") ? l : r));
        BigDecimal factor = Values.decimal(lt.equals("interval") ? r : l);
        if (op.equals("/")) {
            if (factor.signum() == 0) throw PgFunctionError.divisionByZero();
            return scale(span, BigDecimal.ONE.divide(factor, 20, RoundingMode.HALF_EVEN), factor, true);
        }
        return scale(span, factor, factor, false);
    }

    /** interval_mul / interval_div: fractional months spill into days (30 per month), fractional days into time. */
    private static Interval scale(Interval span, BigDecimal factor, BigDecimal divisor, boolean divide) {
        BigDecimal months = divide ? BigDecimal.valueOf(span.months()).divide(divisor, 20, RoundingMode.HALF_EVEN)
                : BigDecimal.valueOf(span.months()).multiply(factor);
        BigDecimal days = divide ? BigDecimal.valueOf(span.days()).divide(divisor, 20, RoundingMode.HALF_EVEN)
                : BigDecimal.valueOf(span.days()).multiply(factor);
        BigDecimal micros = divide ? BigDecimal.valueOf(span.micros()).divide(divisor, 20, RoundingMode.HALF_EVEN)
                : BigDecimal.valueOf(span.micros()).multiply(factor);
        BigDecimal wholeMonths = months.setScale(0, RoundingMode.DOWN);
        days = days.add(months.subtract(wholeMonths).multiply(BigDecimal.valueOf(30)));
        BigDecimal wholeDays = days.setScale(0, RoundingMode.DOWN);
        micros = micros.add(days.subtract(wholeDays).multiply(BigDecimal.valueOf(USECS_PER_DAY)));
        return new Interval(wholeMonths.intValueExact(), wholeDays.intValueExact(),
                micros.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }

    /** interval_cmp_value: months as 30 days, days as 24 hours. */
    static BigInteger key(Interval i) {
        return BigInteger.valueOf(i.months()).multiply(BigInteger.valueOf(30)).add(BigInteger.valueOf(i.days()))
                .multiply(BigInteger.valueOf(USECS_PER_DAY)).add(BigInteger.valueOf(i.micros()));
    }

    static Interval justifyHours(Interval i) {
        long days = i.micros() / USECS_PER_DAY, rest = i.micros() % USECS_PER_DAY;
        int d = Math.toIntExact(i.days() + days);
        if (d > 0 && rest < 0) { rest += USECS_PER_DAY; d--; }
        else if (d < 0 && rest > 0) { rest -= USECS_PER_DAY; d++; }
        return new Interval(i.months(), d, rest);
    }

    static Interval justifyDays(Interval i) {
        int months = i.months() + i.days() / 30, days = i.days() % 30;
        if (months > 0 && days < 0) { days += 30; months--; }
        else if (months < 0 && days > 0) { days -= 30; months++; }
        return new Interval(months, days, i.micros());
    }

    /** interval_justify_interval: whole days out of the time, whole months out of the days, then one sign. */
    static Interval justifyInterval(Interval i) {
        long time = i.micros();
        long day = i.days() + time / USECS_PER_DAY;
        time %= USECS_PER_DAY;
        long month = i.months() + day / 30;
        day %= 30;
        if (month > 0 && (day < 0 || day == 0 && time < 0)) { day += 30; month--; }
        else if (month < 0 && (day > 0 || day == 0 && time > 0)) { day -= 30; month++; }
        if (day > 0 && time < 0) { time += USECS_PER_DAY; day--; }
        else if (day < 0 && time > 0) { time -= USECS_PER_DAY; day++; }
        return new Interval(Math.toIntExact(month), Math.toIntExact(day), time);
    }

    /** age(a, b) as timestamp_age: field by field, borrowing from the month before a's. */
    private static Interval age(String a, String b, String tag, java.time.ZoneId zone) {
        boolean zoned = tag.equals("timestamptz");
        long ma = zoned ? TemporalValues.timestamptz(a) : TemporalValues.timestamp(a);
        long mb = zoned ? TemporalValues.timestamptz(b) : TemporalValues.timestamp(b);
        LocalDateTime x = zoned ? TemporalValues.local(ma, zone) : TemporalValues.local(ma);
        LocalDateTime y = zoned ? TemporalValues.local(mb, zone) : TemporalValues.local(mb);
        boolean negative = ma < mb;
        if (negative) { LocalDateTime t = x; x = y; y = t; }
        long fsec = (x.getNano() - y.getNano()) / 1000;
        long sec = x.getSecond() - y.getSecond(), min = x.getMinute() - y.getMinute(), hour = x.getHour() - y.getHour();
        long day = x.getDayOfMonth() - y.getDayOfMonth(), mon = x.getMonthValue() - y.getMonthValue();
        long year = x.getYear() - y.getYear();
        while (fsec < 0) { fsec += 1_000_000; sec--; }
        while (sec < 0) { sec += 60; min--; }
        while (min < 0) { min += 60; hour--; }
        while (hour < 0) { hour += 24; day--; }
        while (day < 0) {
            day += y.toLocalDate().lengthOfMonth(); // timestamp_age borrows the earlier date's month length
            mon--;
        }
        while (mon < 0) { mon += 12; year--; }
        long micros = ((hour * 60 + min) * 60 + sec) * 1_000_000 + fsec;
        int sign = negative ? -1 : 1;
        return new Interval(sign * Math.toIntExact(year * 12 + mon), sign * Math.toIntExact(day), sign * micros);
    }

    private static final long UNIX_TO_POSTGRES_EPOCH_SECONDS = 946_684_800L;

    static String epochSecondsToTimestamptz(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new dev.impostgres.translator.error.PgException("22008", "timestamp cannot be NaN");
        }
        if (Double.isInfinite(seconds)) return seconds > 0 ? "infinity" : "-infinity";
        double micros = Math.rint((seconds - UNIX_TO_POSTGRES_EPOCH_SECONDS) * 1_000_000d);
        if (Math.abs(micros) > 9.2e18) {
            throw new dev.impostgres.translator.error.PgException("22008", "timestamp out of range: \"" + seconds + "\"");
        }
        return TemporalValues.timestamptz((long) micros);
    }
}
