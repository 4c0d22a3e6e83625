package dev.impostgres.translator.types;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The session settings that change how values are printed and read: TimeZone, extra_float_digits, DateStyle and
 * IntervalStyle. Only DateStyle ISO output is implemented; the codec refuses the others rather than print a
 * wrong value.
 */
public record FormatSettings(ZoneId timeZone, int extraFloatDigits, DateStyle dateStyle, IntervalStyle intervalStyle) {

    public enum DateOutput { ISO, SQL, POSTGRES, GERMAN }

    public enum DateOrder { MDY, DMY, YMD }

    public enum IntervalStyle { POSTGRES, POSTGRES_VERBOSE, SQL_STANDARD, ISO_8601 }

    /** DateStyle: the output format and the field order used to read ambiguous input like 1/2/2024. */
    public record DateStyle(DateOutput output, DateOrder order) {
        public static final DateStyle ISO_MDY = new DateStyle(DateOutput.ISO, DateOrder.MDY);
    }

    /**
     * A fresh session's settings: TimeZone UTC, extra_float_digits 1 (Postgres's default; any value above 0 means
     * shortest-exact float output, which is also what pgjdbc gets by setting 3), DateStyle ISO, MDY, IntervalStyle
     * postgres.
     */
    public static final FormatSettings DEFAULT =
            new FormatSettings(ZoneOffset.UTC, 1, DateStyle.ISO_MDY, IntervalStyle.POSTGRES);

    public FormatSettings withTimeZone(ZoneId zone) {
        return new FormatSettings(zone, extraFloatDigits, dateStyle, intervalStyle);
    }

    public FormatSettings withExtraFloatDigits(int digits) {
        return new FormatSettings(timeZone, digits, dateStyle, intervalStyle);
    }
}
