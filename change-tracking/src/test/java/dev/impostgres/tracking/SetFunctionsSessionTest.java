package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Set-returning functions and array operators translated and run in a session; expected rows are Postgres 17's. */
class SetFunctionsSessionTest extends AppSessionFixture {
    private List<String> rows(String sql) {
        List<String> out = new ArrayList<>();
        for (Object[] row : run(sql).rows()) {
            out.add(String.join("|", Arrays.stream(row).map(v -> v == null ? "NULL" : v.toString()).toList()));
        }
        return out;
    }

    private List<String> types(String sql) {
        return run(sql).columns().stream().map(c -> c.type().name()).toList();
    }

    @Test
    void regexpMatchesGivesARowPerMatchWithTheGFlag() {
        assertThat(rows("SELECT regexp_matches('foobarbequebaz', '(bar)(beque)') AS groups")).containsExactly("{bar,beque}");
        assertThat(rows("SELECT regexp_matches('a1b2c3', '[a-z](\\d)', 'g') AS d")).containsExactly("{1}", "{2}", "{3}");
        assertThat(types("SELECT regexp_matches('ab', 'a') AS m")).containsExactly("_text");
        assertThat(rows("SELECT m FROM regexp_split_to_table('x y  z', '\\s+') AS m ORDER BY m")).containsExactly("x", "y", "z");
    }

    @Test
    void unnestOfSeveralArraysPadsTheShorterWithNulls() {
        assertThat(rows("SELECT a, b FROM unnest(ARRAY[1, 2, 3], ARRAY['x', 'y']) AS u(a, b) ORDER BY a"))
                .containsExactly("1|x", "2|y", "3|NULL");
        assertThat(types("SELECT a, b FROM unnest(ARRAY[1, 2, 3], ARRAY['x', 'y']) AS u(a, b)")).containsExactly("int4", "text");
        assertThat(rows("SELECT x FROM unnest('{{1,2},{3,4}}'::int[]) AS x ORDER BY x")).containsExactly("1", "2", "3", "4");
    }

    @Test
    void unnestOfAColumnToItsLeftIsCorrelated() {
        run("CREATE TABLE t (id int, tags text[])");
        run("INSERT INTO t VALUES (1, '{red,green}'), (2, '{blue}')");
        assertThat(rows("SELECT t.id, u.tag FROM t, unnest(t.tags) AS u(tag) ORDER BY t.id, u.tag"))
                .containsExactly("1|green", "1|red", "2|blue");
        assertThat(rows("SELECT id, tag, n FROM t, unnest(tags) WITH ORDINALITY AS u(tag, n) ORDER BY id, n"))
                .containsExactly("1|red|1", "1|green|2", "2|blue|1");
    }

    @Test
    void arrayOperatorsConcatenateAndOverlap() {
        assertThat(rows("SELECT ARRAY[1, 2] || 3, ARRAY[1] || ARRAY[2, 3], 0 || ARRAY[1], ARRAY[1, 2] && ARRAY[2, 3], ARRAY[1] && ARRAY[2]"))
                .containsExactly("{1,2,3}|{1,2,3}|{0,1}|1|0");
        assertThat(types("SELECT ARRAY[1, 2] || 3 AS a, 0 || ARRAY[1] AS b")).containsExactly("_int4", "_int4");
        assertThat(rows("SELECT ARRAY(SELECT generate_series(1, 3)), array_fill(7, ARRAY[2]), array_fill('x'::text, ARRAY[2, 2]),"
                + " array_fill(0, ARRAY[2], ARRAY[3]), trim_array(ARRAY[1, 2, 3], 1)"))
                .containsExactly("{1,2,3}|{7,7}|{{x,x},{x,x}}|[3:4]={0,0}|{1,2}");
    }

    @Test
    void multiDimensionalSubscriptsDimsAndElementAssignment() {
        run("CREATE TABLE t (id int, tags text[], m int[][])");
        run("INSERT INTO t VALUES (1, '{a,b,c}', '{{1,2},{3,4}}')");
        assertThat(rows("SELECT m[2][1], m[3][1], m[2], array_dims(m), array_dims(tags) FROM t"))
                .containsExactly("3|NULL|NULL|[1:2][1:2]|[1:3]");
        assertThat(types("SELECT m[2][1] AS cell FROM t")).containsExactly("int4");
        run("UPDATE t SET tags[2] = 'B'");
        run("UPDATE t SET tags[5] = 'e'");
        assertThat(rows("SELECT tags FROM t")).containsExactly("{a,B,c,NULL,e}");
    }

    @Test
    void enumRangeNamesItsEnumByACastAndHasTheEnumsArrayType() {
        run("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')");
        run("CREATE TABLE t (id int, m mood)");
        run("INSERT INTO t VALUES (1, 'ok')");
        assertThat(rows("SELECT enum_range(NULL::mood), enum_first(NULL::mood), enum_last(m::mood) FROM t"))
                .containsExactly("{sad,ok,happy}|sad|happy");
        QueryResult r = run("SELECT enum_range(NULL::mood) AS r, enum_first(NULL::mood) AS f FROM t");
        assertThat(r.columns().get(0).type().oid()).isGreaterThanOrEqualTo(16384).isNotEqualTo(r.columns().get(1).type().oid());
        assertThat(r.columns().get(1).type().oid()).isGreaterThanOrEqualTo(16384);
    }
}
