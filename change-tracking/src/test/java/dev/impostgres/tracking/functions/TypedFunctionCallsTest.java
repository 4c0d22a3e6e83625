package dev.impostgres.tracking.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Postgres statements translated and run on SQLite with the registered functions, for functions whose answer
 * depends on their arguments' types. Expected values are what Postgres 17 prints.
 */
class TypedFunctionCallsTest extends RegisteredFunctionsFixture {

    /** The statement translated and run; its first value as text. */
    @Test
    void numericAverageOverAMovingFrameDropsRowsLeavingTheFrame() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE w (d INTEGER, v TEXT)");
            st.execute("INSERT INTO w VALUES (1, '10'), (2, '20.5'), (3, '30'), (4, NULL)");
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = st.executeQuery("SELECT pg_numeric_avg(v) OVER (ORDER BY d ROWS BETWEEN 1 PRECEDING "
                    + "AND CURRENT ROW), pg_numeric_sum(v) OVER (ORDER BY d ROWS BETWEEN CURRENT ROW AND CURRENT ROW) "
                    + "FROM w ORDER BY d")) {
                while (rs.next()) out.append(rs.getString(1)).append('/').append(rs.getString(2)).append(' ');
            }
            assertThat(out.toString()).isEqualTo(
                    "10.0000000000000000/10 15.2500000000000000/20.5 25.2500000000000000/30 30.0000000000000000/null ");
        }
    }

    @Test
    void concatAndFormatPrintBooleansAsTheirOutputFunctionDoes() throws SQLException {
        assertThat(postgresValue("SELECT concat('abc', 2, NULL, 22, true)")).isEqualTo("abc222t");
        assertThat(postgresValue("SELECT concat_ws(',', false, 1.50)")).isEqualTo("f,1.50");
        assertThat(postgresValue("SELECT format('%s', true)")).isEqualTo("t");
    }

    @Test
    void formatPadsToTheGivenWidth() throws SQLException {
        assertThat(postgresValue("SELECT format('[%5s][%-5s][%*s]', 'ab', 'cd', 3, 'e')")).isEqualTo("[   ab][cd   ][  e]");
    }

    @Test
    void makeIntervalTakesNamedArgumentsAndDefaults() throws SQLException {
        assertThat(postgresValue("SELECT make_interval(days => 10)")).isEqualTo("10 days");
        assertThat(postgresValue("SELECT make_interval(hours => 2, years => 1)")).isEqualTo("1 year 02:00:00");
        assertThat(postgresValue("SELECT make_interval(1, 2, 0, 3, 4, 5, 6.5)")).isEqualTo("1 year 2 mons 3 days 04:05:06.5");
    }

    @Test
    void greatestAndLeastIgnoreNullsAndCompareByTheCommonType() throws SQLException {
        assertThat(postgresValue("SELECT greatest(1, NULL, 2)")).isEqualTo("2");
        assertThat(postgresValue("SELECT least(10, 9)")).isEqualTo("9");
        assertThat(postgresValue("SELECT greatest('10'::text, '9')")).isEqualTo("9");
        assertThat(postgresValue("SELECT greatest(1, 2.5)")).isEqualTo("2.5");
        assertThat(postgresValue("SELECT least(NULL::int, NULL)")).isNull();
    }

    @Test
    void arrayPositionsListsEveryMatch() throws SQLException {
        assertThat(postgresValue("SELECT array_positions(ARRAY[1, 2, 1], 1)")).isEqualTo("{1,3}");
        assertThat(postgresValue("SELECT array_positions(ARRAY[1], 5)")).isEqualTo("{}");
    }

    @Test
    void scaleOfALiteralCountsItsWrittenDigits() throws SQLException {
        assertThat(postgresValue("SELECT scale(8.4100)")).isEqualTo("4");
    }

    @Test
    void lengthOfCharIgnoresTrailingBlanks() throws SQLException {
        assertThat(postgresValue("SELECT length('ab  '::char(4))")).isEqualTo("2");
        assertThat(postgresValue("SELECT length('ab  '::varchar)")).isEqualTo("4");
    }

    @Test
    void rowConstructorsCompareLexicographically() throws SQLException {
        assertThat(postgresValue("SELECT ROW(1, 2) < ROW(1, 3)")).isEqualTo("1");
        assertThat(postgresValue("SELECT (1, NULL) = (1, 2)")).isNull();
    }

    @Test
    void prefixAbsoluteValueAndRootOperators() throws SQLException {
        assertThat(postgresValue("SELECT @ -5")).isEqualTo("5");
        assertThat(postgresValue("SELECT |/ 25.0")).isEqualTo("5.0");
        assertThat(postgresValue("SELECT ||/ 27")).isEqualTo("3.0");
    }

    @Test
    void invalidRegexReportsPostgresReason() {
        assertThatThrownBy(() -> postgresValue("SELECT 'x' ~ '('")).hasMessageContaining("parentheses () not balanced");
        assertThatThrownBy(() -> postgresValue("SELECT 'x' ~ '[a'")).hasMessageContaining("brackets [] not balanced");
    }

    @Test
    void jsonArrowsOnJsonReturnSlicesOfTheInputText() throws SQLException {
        assertThat(postgresValue("SELECT '{\"a\": {\"b\":  1}}'::json -> 'a'")).isEqualTo("{\"b\":  1}");
        assertThat(postgresValue("SELECT '[1,  \"x\"]'::json ->> 1")).isEqualTo("x");
        assertThat(postgresValue("SELECT '{\"a\": \"x\"}'::json #> '{a}'")).isEqualTo("\"x\"");
    }

    @Test
    void jsonbInsertPutsTheValueBeforeTheIndexedElement() throws SQLException {
        assertThat(postgresValue("SELECT jsonb_insert('{\"a\": [0, 2]}', '{a,1}', '1')")).isEqualTo("{\"a\": [0, 1, 2]}");
        assertThat(postgresValue("SELECT jsonb_insert('[0, 2]', '{0}', '1', true)")).isEqualTo("[0, 1, 2]");
        assertThatThrownBy(() -> postgresValue("SELECT jsonb_insert('{\"a\": 1}', '{a}', '2')"))
                .hasMessageContaining("cannot replace existing key");
    }

    @Test
    void boolConcatenatesAsItsTextCast() throws SQLException {
        assertThat(postgresValue("SELECT true || '!'")).isEqualTo("true!");
        assertThat(postgresValue("SELECT 'is ' || (1 > 2)")).isEqualTo("is false");
    }

    @Test
    void prefixMinusNegatesAnInterval() throws SQLException {
        assertThat(postgresValue("SELECT -interval '2 hours'")).isEqualTo("-02:00:00");
        assertThat(postgresValue("SELECT -interval '1 mon 2 days'")).isEqualTo("-1 mons -2 days");
    }

    @Test
    void scaleFunctionsAndIsfiniteAndBcDates() throws SQLException {
        assertThat(postgresValue("SELECT trim_scale(8.4100)")).isEqualTo("8.41");
        assertThat(postgresValue("SELECT min_scale(8.4100)")).isEqualTo("2");
        assertThat(postgresValue("SELECT isfinite('infinity'::timestamp)")).isEqualTo("0");
    }

    @Test
    void doBlockFailsAsNotSupported() {
        assertThatThrownBy(() -> postgresValue("DO $$ BEGIN NULL; END $$")).hasMessageContaining("0A000")
                .hasMessageContaining("DO blocks are not supported");
    }

    @Test
    void overlapsComparesPeriodsGivenByEndsOrByIntervalsWithTheStandardsNullRules() throws SQLException {
        assertThat(postgresValue("SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-15', date '2024-03-01')"))
                .isEqualTo("1");
        assertThat(postgresValue("SELECT (timestamp '2024-01-01 10:00', interval '1 hour') OVERLAPS "
                + "(timestamp '2024-01-01 11:00', interval '1 hour')")).isEqualTo("0");
        assertThat(postgresValue("SELECT (date '2024-02-01', date '2024-01-01') OVERLAPS (date '2024-01-31', NULL::date)"))
                .isEqualTo("1");
        assertThat(postgresValue("SELECT (time '10:00', time '12:00') OVERLAPS (time '11:59', time '13:00')")).isEqualTo("1");
        assertThat(postgresValue("SELECT (date '2024-01-01', NULL::date) OVERLAPS (date '2024-01-01', date '2024-01-02')"))
                .isNull();
    }
}
