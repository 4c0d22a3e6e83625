package dev.impostgres.conformance.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgEndpointTest {

    @Test
    void parsesAFullUrlWithAnEncodedPassword() {
        assertThat(PgEndpoint.parse("postgresql://app:p%40ss@db.local:6543/main"))
                .isEqualTo(new PgEndpoint("db.local", 6543, "app", "p@ss", "main"));
    }

    @Test
    void missingPartsTakePostgresDefaults() {
        assertThat(PgEndpoint.parse("postgres://localhost"))
                .isEqualTo(new PgEndpoint("localhost", 5432, "postgres", null, "postgres"));
    }

    @Test
    void otherSchemesAreRejected() {
        assertThatThrownBy(() -> PgEndpoint.parse("jdbc:postgresql://localhost/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
