package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A TEMP table hides a permanent one from unqualified names only; DROP removes the TEMP one first. */
class TempTableShadowingTest extends AppSessionFixture {
    @Test
    void publicQualifiedNameReachesThePermanentTableAndDropTakesTheTemporaryFirst() {
        run("CREATE TABLE t (v text)");
        run("INSERT INTO t VALUES ('permanent')");
        run("CREATE TEMP TABLE t (v text)");
        run("INSERT INTO t VALUES ('temporary')");
        assertThat(run("SELECT v FROM t").rows().get(0)[0]).isEqualTo("temporary");
        assertThat(run("SELECT v FROM public.t").rows().get(0)[0]).isEqualTo("permanent");
        run("DROP TABLE t");
        assertThat(run("SELECT v FROM t").rows().get(0)[0]).isEqualTo("permanent");
        run("DROP TABLE t");
        assertThat(run("SELECT count(*) FROM pg_class WHERE relname = 't'").rows().get(0)[0]).isEqualTo(0L);
    }
}
