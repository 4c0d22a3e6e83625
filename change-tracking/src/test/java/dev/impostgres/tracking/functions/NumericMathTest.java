package dev.impostgres.tracking.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** sqrt/exp/ln/log/power translated and run; expected values are what Postgres 17 prints. */
class NumericMathTest extends RegisteredFunctionsFixture {
    @Test
    void numericSqrtKeepsSixteenSignificantDigitsAfterTheBase10000Weight() throws SQLException {
        assertThat(postgresValue("SELECT sqrt(16.0)")).isEqualTo("4.000000000000000");
        assertThat(postgresValue("SELECT sqrt(1e20)")).isEqualTo("10000000000.00000");
        assertThat(postgresValue("SELECT sqrt(10000.0)")).isEqualTo("100.0000000000000");
        assertThat(postgresValue("SELECT sqrt(9999.0)")).isEqualTo("99.994999874993750");
        assertThat(postgresValue("SELECT pg_typeof(sqrt(2))")).isEqualTo("double precision");
    }

    @Test
    void numericExpAndLnChooseTheirScaleFromTheResultWeight() throws SQLException {
        assertThat(postgresValue("SELECT exp(1.0)")).isEqualTo("2.7182818284590452");
        assertThat(postgresValue("SELECT exp(-10.0)")).isEqualTo("0.00004539992976248485");
        assertThat(postgresValue("SELECT exp(100.0)")).isEqualTo("26881171418161354484126255515800135873611118.8");
        assertThat(postgresValue("SELECT ln(2.0)")).isEqualTo("0.6931471805599453");
        assertThat(postgresValue("SELECT ln(1.05)")).isEqualTo("0.048790164169432003");
        assertThat(postgresValue("SELECT ln(1e20)")).isEqualTo("46.051701859880914");
        assertThat(postgresValue("SELECT ln(1.0)")).isEqualTo("0.0000000000000000");
    }

    @Test
    void logWithABaseIsNumericEvenForIntegers() throws SQLException {
        assertThat(postgresValue("SELECT log(2, 8)")).isEqualTo("3.0000000000000000");
        assertThat(postgresValue("SELECT log(1e20)")).isEqualTo("20.000000000000000");
        assertThat(postgresValue("SELECT log(100)")).isEqualTo("2.0");
        assertThat(postgresValue("SELECT pg_typeof(log(2, 8))")).isEqualTo("numeric");
    }

    @Test
    void numericPowerWithIntegerExponentKeepsSixteenDecimals() throws SQLException {
        assertThat(postgresValue("SELECT power(2.0, 0.5)")).isEqualTo("1.4142135623730950");
        assertThat(postgresValue("SELECT power(2.0, 3)")).isEqualTo("8.0000000000000000");
        assertThat(postgresValue("SELECT power(10.0, -20)")).isEqualTo("0.0000000000000000");
        assertThat(postgresValue("SELECT power(10.0, 20.5)")).isEqualTo("316227766016837933199.9");
        assertThat(postgresValue("SELECT power(0.01, 0.5)")).isEqualTo("0.10000000000000000");
        assertThat(postgresValue("SELECT power(1.123456789012345678, 2)")).isEqualTo("1.262155156777930193");
        assertThat(postgresValue("SELECT power(2, 10)")).isEqualTo("1024.0");
    }

    @Test
    void domainErrorsRaiseAsInPostgres() {
        assertThatThrownBy(() -> postgresValue("SELECT sqrt(-1)")).hasMessageContaining("cannot take square root of a negative number");
        assertThatThrownBy(() -> postgresValue("SELECT sqrt(-1.0)")).hasMessageContaining("cannot take square root of a negative number");
        assertThatThrownBy(() -> postgresValue("SELECT ln(0)")).hasMessageContaining("cannot take logarithm of zero");
        assertThatThrownBy(() -> postgresValue("SELECT ln(-2.0)")).hasMessageContaining("cannot take logarithm of a negative number");
        assertThatThrownBy(() -> postgresValue("SELECT power(-8.0, 0.5)")).hasMessageContaining("complex result");
        assertThatThrownBy(() -> postgresValue("SELECT power(0.0, -1)")).hasMessageContaining("zero raised to a negative power");
    }

    @Test
    void orderedSetAggregatesInterpolateOrPickAValue() throws SQLException {
        sqlite("CREATE TABLE t (v TEXT)");
        sqlite("INSERT INTO t VALUES ('2'), ('4'), ('4'), ('4'), ('5'), ('5'), ('7'), ('9'), ('10'), (NULL)");
        assertThat(postgresValue("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) FROM t")).isEqualTo("5.0");
        assertThat(postgresValue("SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY v DESC) FROM t")).isEqualTo("7.0");
        assertThat(postgresValue("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY v) FROM t")).isEqualTo("5");
        assertThat(postgresValue("SELECT mode() WITHIN GROUP (ORDER BY v) FROM t")).isEqualTo("4");
        assertThat(postgresValue("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY v) FROM t WHERE v IS NULL")).isNull();
    }
}
