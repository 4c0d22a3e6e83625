package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdvisoryLockTest extends AppSessionFixture {
    Session a;
    Session b;

    @BeforeEach
    void openSecondSession() {
        a = session;
        b = manager.openSession("app");
    }

    private Object value(Session s, String sql) {
        return run(s, sql).rows().get(0)[0];
    }

    @Test
    void hashtextIsPostgresHashBytes() {
        // values from Postgres 15: SELECT hashtext('') , hashtext('abc'), hashtext('migrate-schema:zapp_0/cdc')…
        assertThat(value(a, "SELECT hashtext('')")).isEqualTo(-1477818771L);
        assertThat(value(a, "SELECT hashtext('abc')")).isEqualTo(-785388649L);
        assertThat(value(a, "SELECT hashtext('hello world!!xyz')")).isEqualTo(-836215497L);
        assertThat(value(a, "SELECT hashtext('zapp_0/cdc')")).isEqualTo(1777802521L);
    }

    @Test
    void aTransactionLockIsHeldUntilCommitAndWaitersThenGetIt() throws Exception {
        a.begin(null, null);
        value(a, "SELECT pg_advisory_xact_lock(42)");
        assertThat(value(b, "SELECT pg_try_advisory_lock(42)")).isEqualTo(0L);
        CompletableFuture<Object> waiter = CompletableFuture.supplyAsync(() -> value(b, "SELECT pg_advisory_xact_lock(42)"));
        Thread.sleep(100);
        assertThat(waiter).isNotDone();
        a.commit();
        waiter.get(10, TimeUnit.SECONDS);
        // b's autocommit statement ended, so its transaction lock went with it
        assertThat(value(a, "SELECT pg_try_advisory_lock(42)")).isEqualTo(1L);
    }

    @Test
    void sessionLocksAreReentrantAndKeySpacesAreSeparate() {
        value(a, "SELECT pg_advisory_lock(7)");
        value(a, "SELECT pg_advisory_lock(7)");
        assertThat(value(b, "SELECT pg_try_advisory_lock(0, 7)")).isEqualTo(1L); // (int4, int4) is another key
        assertThat(value(a, "SELECT pg_advisory_unlock(7)")).isEqualTo(1L);
        assertThat(value(b, "SELECT pg_try_advisory_lock(7)")).isEqualTo(0L);
        assertThat(value(a, "SELECT pg_advisory_unlock(7)")).isEqualTo(1L);
        assertThat(value(a, "SELECT pg_advisory_unlock(7)")).isEqualTo(0L);
        assertThat(value(b, "SELECT pg_try_advisory_lock(7)")).isEqualTo(1L);
    }

    @Test
    void sharedLocksShareAndExcludeExclusive() {
        value(a, "SELECT pg_advisory_lock_shared(9)");
        assertThat(value(b, "SELECT pg_try_advisory_lock_shared(9)")).isEqualTo(1L);
        assertThat(value(b, "SELECT pg_try_advisory_lock(9)")).isEqualTo(0L);
    }

    @Test
    void closingASessionReleasesItsLocks() {
        value(a, "SELECT pg_advisory_lock(5)");
        a.close();
        assertThat(value(b, "SELECT pg_try_advisory_lock(5)")).isEqualTo(1L);
    }
}
