package dev.impostgres.wire.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * pgjdbc's metadata calls, which run pg_catalog queries: ResultSetMetaData (fetchFieldMetaData) and
 * DatabaseMetaData getTables / getColumns / getPrimaryKeys answer as they do against Postgres (validated with
 * -Dimpostgres.test.realPg).
 */
@ExtendWith(ImpostgresExtension.class)
class PgjdbcCatalogTest {

    @BeforeAll
    static void createSchema(PgTarget target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE authors (id serial PRIMARY KEY, name varchar(40) NOT NULL, born date)");
            statement.execute("CREATE TABLE books (isbn text, edition int, title text NOT NULL, "
                    + "author_id int REFERENCES authors (id), PRIMARY KEY (isbn, edition))");
        }
    }

    @Test
    void resultSetMetaDataReportsTableNullabilityAndSerial(PgTarget target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, name, born FROM authors")) {
            ResultSetMetaData meta = rs.getMetaData();
            assertThat(meta.getColumnTypeName(1)).isEqualTo("serial");
            assertThat(meta.getColumnTypeName(2)).isEqualTo("varchar");
            assertThat(meta.getColumnTypeName(3)).isEqualTo("date");
            assertThat(meta.isAutoIncrement(1)).isTrue();
            assertThat(meta.isAutoIncrement(2)).isFalse();
            assertThat(meta.isNullable(1)).isEqualTo(ResultSetMetaData.columnNoNulls);
            assertThat(meta.isNullable(2)).isEqualTo(ResultSetMetaData.columnNoNulls);
            assertThat(meta.isNullable(3)).isEqualTo(ResultSetMetaData.columnNullable);
            assertThat(meta.getTableName(2)).isEqualTo("authors");
            assertThat(meta.getPrecision(2)).isEqualTo(40);
        }
    }

    @Test
    void getTablesListsUserTables(PgTarget target) throws SQLException {
        try (Connection connection = target.connect();
             ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) tables.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME") + ":"
                    + rs.getString("TABLE_TYPE"));
            assertThat(tables).containsExactly("public.authors:TABLE", "public.books:TABLE");
        }
    }

    @Test
    void getColumnsDescribesEachColumn(PgTarget target) throws SQLException {
        try (Connection connection = target.connect();
             ResultSet rs = connection.getMetaData().getColumns(null, "public", "authors", "%")) {
            List<String> columns = new ArrayList<>();
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + " "
                        + rs.getInt("COLUMN_SIZE") + " " + rs.getString("IS_NULLABLE") + " "
                        + rs.getString("IS_AUTOINCREMENT") + " " + rs.getString("COLUMN_DEF") + " "
                        + rs.getInt("ORDINAL_POSITION"));
            }
            assertThat(columns).containsExactly(
                    "id serial 10 NO YES nextval('authors_id_seq'::regclass) 1",
                    "name varchar 40 NO NO null 2",
                    "born date 13 YES NO null 3");
        }
    }

    @Test
    void getPrimaryKeysGivesKeyColumnsInOrder(PgTarget target) throws SQLException {
        try (Connection connection = target.connect();
             ResultSet rs = connection.getMetaData().getPrimaryKeys(null, "public", "books")) {
            List<String> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString("COLUMN_NAME") + " " + rs.getInt("KEY_SEQ") + " " + rs.getString("PK_NAME"));
            }
            assertThat(keys).containsExactly("isbn 1 books_pkey", "edition 2 books_pkey");
        }
    }

    @Test
    void getImportedKeysNamesTheReferencedTable(PgTarget target) throws SQLException {
        try (Connection connection = target.connect();
             ResultSet rs = connection.getMetaData().getImportedKeys(null, "public", "books")) {
            List<String> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME") + " <- "
                        + rs.getString("FKTABLE_NAME") + "." + rs.getString("FKCOLUMN_NAME") + " " + rs.getInt("KEY_SEQ")
                        + " " + rs.getString("FK_NAME"));
            }
            assertThat(keys).containsExactly("authors.id <- books.author_id 1 books_author_id_fkey");
        }
    }

    @Test
    void getIndexInfoListsUniqueIndexes(PgTarget target) throws SQLException {
        try (Connection connection = target.connect();
             ResultSet rs = connection.getMetaData().getIndexInfo(null, "public", "books", true, false)) {
            List<String> indexes = new ArrayList<>();
            while (rs.next()) {
                indexes.add(rs.getString("INDEX_NAME") + " " + rs.getInt("ORDINAL_POSITION") + " "
                        + rs.getString("COLUMN_NAME") + " " + rs.getBoolean("NON_UNIQUE"));
            }
            assertThat(indexes).containsExactly("books_pkey 1 isbn false", "books_pkey 2 edition false");
        }
    }
}
