package dev.impostgres.tracking.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PgFunctionsTest extends RegisteredFunctionsFixture {
    private String error(String sql) {
        try {
            value(sql);
            return null;
        } catch (SQLException e) {
            String[] decoded = PgFunctionError.decode(e.getMessage());
            return decoded == null ? e.getMessage() : decoded[0] + " " + decoded[1];
        }
    }

    @Test
    void integerDivisionTruncatesAndDivisionByZeroIs22012() throws SQLException {
        assertThat(value("SELECT pg_div(7, 2)")).isEqualTo(3);
        assertThat(value("SELECT pg_div(-7, 2)")).isEqualTo(-3);
        assertThat(value("SELECT pg_div(7.0, 2)")).isEqualTo(3.5);
        assertThat(error("SELECT pg_div(1, 0)")).isEqualTo("22012 division by zero");
        assertThat(error("SELECT pg_mod(1, 0)")).isEqualTo("22012 division by zero");
        assertThat(value("SELECT pg_div(NULL, 0)")).isNull();
    }

    @Test
    void stringFunctionsCountCharactersAsPostgres() throws SQLException {
        assertThat(value("SELECT char_length('héllo')")).isEqualTo(5);
        assertThat(value("SELECT octet_length('héllo')")).isEqualTo(6);
        assertThat(value("SELECT initcap('hello wORLD foo-bar')")).isEqualTo("Hello World Foo-Bar");
        assertThat(value("SELECT pg_left('abcde', -2) || pg_right('abcde', -2)")).isEqualTo("abccde");
        assertThat(value("SELECT lpad('hi', 5, 'xy') || rpad('hi', 1)")).isEqualTo("xyxhih");
        assertThat(value("SELECT split_part('a,b,c', ',', -1)")).isEqualTo("c");
        assertThat(value("SELECT substr('alphabet', -2, 5)")).isEqualTo("al");
        assertThat(value("SELECT substring('Thomas', 2)")).isEqualTo("homas");
        assertThat(value("SELECT substring('abc123def', '[0-9]+')")).isEqualTo("123");
        assertThat(value("SELECT md5('abc')")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(value("SELECT to_hex(-1)")).isEqualTo("ffffffff");
        assertThat(value("SELECT translate('12345', '143', 'ax')")).isEqualTo("a2x5");
    }

    @Test
    void formatQuotesIdentifiersAndLiterals() throws SQLException {
        assertThat(value("SELECT format('INSERT INTO %I VALUES (%L, %L, %s)', 'My Table', 'it''s', NULL, 5)"))
                .isEqualTo("INSERT INTO \"My Table\" VALUES ('it''s', NULL, 5)");
        assertThat(error("SELECT format('%s %s', 1)")).startsWith("22023 too few arguments");
    }

    @Test
    void regexFunctionsUsePostgresReplacementSyntax() throws SQLException {
        assertThat(value("SELECT regexp_replace('foobarbaz', 'b(.)(.)', '<\\2\\1>', 'g')")).isEqualTo("foo<ra><za>");
        assertThat(value("SELECT pg_regex_match('Hello', '^h', 'i')")).isEqualTo(1);
        assertThat(value("SELECT pg_similar('abc', '(a|b)%')")).isEqualTo(1);
        assertThat(value("SELECT pg_similar('abc', 'a')")).isEqualTo(0);
    }

    @Test
    void roundAndTruncWithScaleAreExactNumerics() throws SQLException {
        assertThat(value("SELECT round(42.4382, 2)")).isEqualTo("42.44");
        assertThat(value("SELECT round(1234.5678, -2)")).isEqualTo("1200");
        assertThat(value("SELECT trunc(-42.4382, 2)")).isEqualTo("-42.43");
    }

    @Test
    void nowIsFixedUntilTheNextTransactionStarts() throws SQLException, InterruptedException {
        functions.transactionStarted();
        Object first = value("SELECT now()");
        Thread.sleep(2);
        assertThat(value("SELECT now()")).isEqualTo(first);
        assertThat((String) first).endsWith("+00");
        functions.transactionStarted();
        assertThat(value("SELECT now()")).isNotEqualTo(first);
    }

    @Test
    void castValidatesThroughTheTypeInputFunction() throws SQLException {
        assertThat(value("SELECT pg_cast('2024-1-2', 'date')")).isEqualTo("2024-01-02");
        assertThat(error("SELECT pg_cast('not a date', 'date')")).isEqualTo("22007 invalid input syntax for type date: \"not a date\"");
        assertThat(error("SELECT pg_cast('one', 'int4')")).isEqualTo("22P02 invalid input syntax for type integer: \"one\"");
    }
}
