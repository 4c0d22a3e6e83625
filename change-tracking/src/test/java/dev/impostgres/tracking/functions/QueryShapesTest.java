package dev.impostgres.tracking.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Query shapes SQLite lacks (EXCEPT ALL, INTERSECT ALL, grouping sets), translated and run on SQLite; the expected
 * rows are what Postgres 17 returns.
 */
class QueryShapesTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        PgFunctions.register(connection);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE a (v INTEGER, w TEXT)");
            st.execute("CREATE TABLE b (v INTEGER, w TEXT)");
            st.execute("INSERT INTO a VALUES (1, 'x'), (2, 'y'), (2, 'y'), (2, 'y'), (3, NULL), (3, NULL)");
            st.execute("INSERT INTO b VALUES (2, 'y'), (3, NULL), (4, 'z')");
            st.execute("CREATE TABLE s (region TEXT, product TEXT, qty INTEGER)");
            st.execute("INSERT INTO s VALUES ('e', 'p', 1), ('e', 'q', 2), ('w', 'p', 4)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /** Each row as its columns' texts joined by '|', rows joined by ' '; then the column names after ':'. */
    private String rows(String postgresSql) throws SQLException {
        String sqlite = ((PgStatement.Sql) translator.translateOne(postgresSql)).sqlite();
        List<String> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sqlite)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                out.add(String.join("|", row));
            }
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= n; i++) names.add(rs.getMetaData().getColumnLabel(i));
            return String.join(" ", out) + " :" + String.join(",", names);
        }
    }

    @Test
    void exceptAllRemovesOneCopyPerMatchingRow() throws SQLException {
        assertThat(rows("SELECT v, w FROM a EXCEPT ALL SELECT v, w FROM b ORDER BY v"))
                .isEqualTo("1|x 2|y 2|y 3|null :v,w");
    }

    @Test
    void intersectAllKeepsTheSmallerNumberOfCopies() throws SQLException {
        assertThat(rows("SELECT v AS n FROM a INTERSECT ALL SELECT v FROM a WHERE v > 1 ORDER BY n DESC"))
                .isEqualTo("3 3 2 2 2 :n");
        assertThat(rows("SELECT v FROM a INTERSECT ALL SELECT v FROM b ORDER BY 1")).isEqualTo("2 3 :v");
    }

    @Test
    void intersectAllBindsTighterThanUnion() throws SQLException {
        assertThat(rows("SELECT 9 AS v UNION ALL SELECT v FROM a INTERSECT ALL SELECT v FROM b ORDER BY v"))
                .isEqualTo("2 3 9 :v");
    }

    @Test
    void exceptAllInsideASubquery() throws SQLException {
        assertThat(rows("SELECT count(*) FROM (SELECT v FROM a EXCEPT ALL SELECT v FROM b) AS d"))
                .isEqualTo("4 :count");
    }

    @Test
    void rollupAddsSubtotalsAndAGrandTotal() throws SQLException {
        assertThat(rows("SELECT region, product, sum(qty) FROM s GROUP BY ROLLUP (region, product) "
                + "ORDER BY region NULLS LAST, product NULLS LAST"))
                .isEqualTo("e|p|1 e|q|2 e|null|3 w|p|4 w|null|4 null|null|7 :region,product,sum");
    }

    @Test
    void groupingSetsNullTheColumnsASetLeavesOutAndGroupingTellsWhich() throws SQLException {
        assertThat(rows("SELECT region, product, sum(qty), grouping(region, product) AS g FROM s "
                + "GROUP BY GROUPING SETS ((region), (product)) ORDER BY g, region, product"))
                .isEqualTo("e|null|3|1 w|null|4|1 null|p|5|2 null|q|2|2 :region,product,sum,g");
    }

    @Test
    void cubeGroupsByEverySubsetAndOrdersByARepeatedExpression() throws SQLException {
        assertThat(rows("SELECT s.region AS r, count(*) FROM s WHERE qty > 1 GROUP BY CUBE (s.region) "
                + "HAVING count(*) > 0 ORDER BY count(*) DESC, r"))
                .isEqualTo("null|2 e|1 w|1 :r,count");
    }

    @Test
    void plainColumnsBesideARollupAreInEverySet() throws SQLException {
        assertThat(rows("SELECT region, product, upper(product) AS up, count(*) FROM s "
                + "GROUP BY region, ROLLUP (product) ORDER BY 1, 2 NULLS LAST"))
                .isEqualTo("e|p|P|1 e|q|Q|1 e|null|null|2 w|p|P|1 w|null|null|1 :region,product,up,count");
    }

    @Test
    void emptyGroupingSetOverNoRowsIsOneRow() throws SQLException {
        assertThat(rows("SELECT region, count(*) FROM s WHERE false GROUP BY GROUPING SETS ((region), ())"))
                .isEqualTo("null|0 :region,count");
    }
}
