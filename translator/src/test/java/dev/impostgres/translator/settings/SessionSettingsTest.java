package dev.impostgres.translator.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.IsolationLevel;
import dev.impostgres.translator.error.PgException;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionSettingsTest {
    private final SessionSettings s = new SessionSettings();

    private static PgException error(Runnable r) {
        try {
            r.run();
        } catch (PgException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DateStyle|ISO, MDY", "datestyle|ISO, MDY", "TimeZone|UTC", "server_version|17.6",
        "server_version_num|170006", "client_encoding|UTF8", "IntervalStyle|postgres", "integer_datetimes|on",
        "standard_conforming_strings|on", "extra_float_digits|1", "search_path|\"$user\", public",
        "transaction_isolation|read committed", "default_transaction_isolation|read committed",
        "transaction_read_only|off", "statement_timeout|0", "is_superuser|on", "in_hot_standby|off",
        "bytea_output|hex", "client_min_messages|notice", "max_identifier_length|63", "synchronous_commit|on",
        "timezone_abbreviations|Default", "wal_level|logical", "server_encoding|UTF8",
    })
    void showsPostgresDefaults(String name, String value) {
        assertThat(s.show(name)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "statement_timeout|90000|90s", "statement_timeout|'0'|0", "statement_timeout|1500ms|1500ms",
        "statement_timeout|1min|1min", "statement_timeout|60001|60001ms", "lock_timeout|29000|29s",
        "idle_in_transaction_session_timeout|60000|1min", "client_encoding|unicode|UTF8",
        "client_encoding|utf8|UTF8", "TimeZone|america/new_york|America/New_York", "timezone|utc|UTC",
        "TimeZone|+02|<+02>-02", "TimeZone|-5|<-05>+05", "TimeZone|5.5|<+05:30>-05:30", "TimeZone|EST|EST",
        "DateStyle|iso, dmy|ISO, DMY", "DateStyle|ymd|ISO, YMD", "extra_float_digits|3|3",
        "default_transaction_read_only|yes|on", "default_transaction_isolation|SERIALIZABLE|serializable",
        "bytea_output|escape|escape", "application_name|psql|psql", "myapp.user_id|42|42",
    })
    void setNormalisesValuesAsPostgresPrintsThem(String name, String value, String shown) {
        s.set(name, value.replace("'", ""), false);
        assertThat(s.show(name)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "foo|1|42704|unrecognized configuration parameter \"foo\"",
        "TimeZone|Foo/Bar|22023|invalid value for parameter \"TimeZone\": \"Foo/Bar\"",
        "timezone|PST|22023|invalid value for parameter \"TimeZone\": \"PST\"",
        "client_encoding|foo|22023|invalid value for parameter \"client_encoding\": \"foo\"",
        "client_encoding|MULE_INTERNAL|0A000|invalid value for parameter \"client_encoding\": \"MULE_INTERNAL\"",
        "server_version|1|55P02|parameter \"server_version\" cannot be changed",
        "integer_datetimes|off|55P02|parameter \"integer_datetimes\" cannot be changed",
        "wal_level|minimal|55P02|parameter \"wal_level\" cannot be changed without restarting the server",
        "extra_float_digits|4|22023|4 is outside the valid range for parameter \"extra_float_digits\" (-15 .. 3)",
        "extra_float_digits|x|22023|invalid value for parameter \"extra_float_digits\": \"x\"",
        "statement_timeout|-1|22023|-1 ms is outside the valid range for parameter \"statement_timeout\" (0 .. 2147483647)",
        "statement_timeout|abc|22023|invalid value for parameter \"statement_timeout\": \"abc\"",
        "default_transaction_read_only|x|22023|parameter \"default_transaction_read_only\" requires a Boolean value",
        "synchronous_commit|x|22023|invalid value for parameter \"synchronous_commit\": \"x\"",
        "DateStyle|foo|22023|invalid value for parameter \"DateStyle\": \"foo\"",
        "DateStyle|German|0A000|DateStyle \"German\" is not supported",
        "standard_conforming_strings|off|0A000|value \"off\" of parameter \"standard_conforming_strings\" is not supported",
    })
    void invalidSetsFailLikePostgres(String name, String value, String sqlState, String message) {
        PgException e = error(() -> s.set(name, value, false));
        assertThat(e.sqlState()).isEqualTo(sqlState);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void enumErrorsListTheAvailableValues() {
        assertThat(error(() -> s.set("bytea_output", "x", false)).hint()).isEqualTo("Available values: escape, hex.");
    }

    @Test
    void unsetCustomPlaceholderIsUnrecognizedAndResetMakesItEmpty() {
        assertThat(error(() -> s.show("a.b")).sqlState()).isEqualTo("42704");
        s.set("a.b", "1", false);
        s.reset("a.b");
        assertThat(s.show("a.b")).isEmpty();
    }

    @Test
    void setInARolledBackTransactionIsUndone() {
        s.set("application_name", "before", false);
        s.beginTransaction(IsolationLevel.READ_COMMITTED, false);
        s.set("application_name", "inside", false);
        assertThat(s.show("application_name")).isEqualTo("inside");
        s.rollbackTransaction();
        assertThat(s.show("application_name")).isEqualTo("before");
    }

    @Test
    void setLocalEndsWithTheTransactionButSessionSetAfterItWins() {
        s.set("application_name", "x", false);
        s.beginTransaction(IsolationLevel.READ_COMMITTED, false);
        s.set("application_name", "y", true);
        assertThat(s.show("application_name")).isEqualTo("y");
        s.set("application_name", "z", false);
        s.set("statement_timeout", "5s", true);
        s.commitTransaction();
        assertThat(s.show("application_name")).isEqualTo("z");
        assertThat(s.show("statement_timeout")).isEqualTo("0");
    }

    @Test
    void setLocalOutsideATransactionHasNoEffect() {
        s.set("statement_timeout", "5", true);
        assertThat(s.show("statement_timeout")).isEqualTo("0");
    }

    @Test
    void rollbackToSavepointUndoesOnlyLaterSets() {
        s.beginTransaction(IsolationLevel.READ_COMMITTED, false);
        s.set("lock_timeout", "1s", false);
        s.savepoint();
        s.set("lock_timeout", "2s", false);
        s.rollbackToSavepoint();
        assertThat(s.show("lock_timeout")).isEqualTo("1s");
        s.commitTransaction();
        assertThat(s.show("lock_timeout")).isEqualTo("1s");
    }

    @Test
    void transactionIsolationShowsTheCurrentTransactionsLevel() {
        s.beginTransaction(IsolationLevel.SERIALIZABLE, true);
        assertThat(s.show("transaction_isolation")).isEqualTo("serializable");
        assertThat(s.show("transaction_read_only")).isEqualTo("on");
        s.commitTransaction();
        assertThat(s.show("transaction_isolation")).isEqualTo("read committed");
    }

    @Test
    void resetReturnsToTheStartupValue() {
        s.applyStartupParameters(Map.of("application_name", "psql", "extra_float_digits", "3"));
        s.set("application_name", "other", false);
        s.set("application_name", null, false);
        assertThat(s.show("application_name")).isEqualTo("psql");
        s.set("extra_float_digits", "0", false);
        s.reset(null);
        assertThat(s.show("extra_float_digits")).isEqualTo("3");
    }

    @Test
    void reportedParametersAreTheGucReportOnes() {
        assertThat(s.reportedParameters()).containsOnlyKeys("application_name", "client_encoding", "DateStyle",
                "default_transaction_read_only", "in_hot_standby", "integer_datetimes", "IntervalStyle",
                "is_superuser", "scram_iterations", "server_encoding", "server_version", "session_authorization",
                "standard_conforming_strings", "TimeZone");
        assertThat(SessionSettings.isReported("timezone")).isTrue();
        assertThat(SessionSettings.isReported("statement_timeout")).isFalse();
        assertThat(s.canonicalName("datestyle")).isEqualTo("DateStyle");
    }

    @Test
    void timeZoneGivesTheJavaZoneForFormatting() {
        s.set("TimeZone", "+02", false);
        assertThat(s.timeZone()).isEqualTo(ZoneOffset.ofHours(2));
        s.set("TimeZone", "Europe/Paris", false);
        assertThat(s.timeZone().getId()).isEqualTo("Europe/Paris");
    }

    @Test
    void statementTimeoutInMillis() {
        s.set("statement_timeout", "1min", false);
        assertThat(s.statementTimeoutMillis()).isEqualTo(60_000);
    }
}
