package dev.impostgres.tracking.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** to_date, to_timestamp(text, template) and to_number; expected values are what Postgres 17 prints. */
class TemplateParsingTest extends RegisteredFunctionsFixture {
    @Test
    void toDateReadsNamesNumbersAndSeparators() throws SQLException {
        assertThat(postgresValue("SELECT to_date('05 Dec 2000', 'DD Mon YYYY')")).isEqualTo("2000-12-05");
        assertThat(postgresValue("SELECT to_date('20240102', 'YYYYMMDD')")).isEqualTo("2024-01-02");
        assertThat(postgresValue("SELECT to_date('January 5, 2024', 'Month DD, YYYY')")).isEqualTo("2024-01-05");
        assertThat(postgresValue("SELECT to_date('24-3-7', 'YY-MM-DD')")).isEqualTo("2024-03-07");
        assertThat(postgresValue("SELECT to_date('2024   03 07', 'YYYY MM DD')")).isEqualTo("2024-03-07");
        assertThat(postgresValue("SELECT to_date('2024/03/07', 'YYYY-MM-DD')")).isEqualTo("2024-03-07");
    }

    @Test
    void toTimestampReadsTheClockWithFractionsAndMeridiem() throws SQLException {
        assertThat(postgresValue("SELECT to_timestamp('2024-01-02 03:04:05', 'YYYY-MM-DD HH24:MI:SS')")).isEqualTo("2024-01-02 03:04:05+00");
        assertThat(postgresValue("SELECT to_timestamp('05 Dec 2000 11:30 PM', 'DD Mon YYYY HH12:MI AM')")).isEqualTo("2000-12-05 23:30:00+00");
        assertThat(postgresValue("SELECT to_timestamp('2024-01-02 03:04:05.12', 'YYYY-MM-DD HH24:MI:SS.MS')")).isEqualTo("2024-01-02 03:04:05.12+00");
        assertThat(postgresValue("SELECT to_timestamp('2024-01-02 03:04:05.123456', 'YYYY-MM-DD HH24:MI:SS.US')")).isEqualTo("2024-01-02 03:04:05.123456+00");
    }

    @Test
    void outOfRangeFieldsRaiseLikePostgres() {
        assertThatThrownBy(() -> postgresValue("SELECT to_date('2024-13-01', 'YYYY-MM-DD')"))
                .hasMessageContaining("date/time field value out of range: \"2024-13-01\"");
        assertThatThrownBy(() -> postgresValue("SELECT to_date('2024-02-30', 'YYYY-MM-DD')"))
                .hasMessageContaining("date/time field value out of range: \"2024-02-30\"");
        assertThatThrownBy(() -> postgresValue("SELECT to_timestamp('13:00 PM', 'HH12:MI AM')"))
                .hasMessageContaining("hour \"13\" is invalid for the 12-hour clock");
        assertThatThrownBy(() -> postgresValue("SELECT to_date('05 Foo 2000', 'DD Mon YYYY')"))
                .hasMessageContaining("invalid value \"Foo\" for \"Mon\"");
    }

    @Test
    void toNumberKeepsTheFractionDigitsItRead() throws SQLException {
        assertThat(postgresValue("SELECT to_number('12,454.8-', '99G999D9S')")).isEqualTo("-12454.8");
        assertThat(postgresValue("SELECT to_number('-34,338,492', '99G999G999')")).isEqualTo("-34338492");
        assertThat(postgresValue("SELECT to_number('1234.567', '9999.99')")).isEqualTo("1234.56");
        assertThat(postgresValue("SELECT to_number('<123.45>', '999.99PR')")).isEqualTo("-123.45");
        assertThat(postgresValue("SELECT to_number('12', '9999.99')")).isEqualTo("12");
        assertThat(postgresValue("SELECT to_number('123456', '999')")).isEqualTo("123");
        assertThat(postgresValue("SELECT to_number('$1,234.50', 'L9G999D99')")).isEqualTo("1234.50");
    }
}
