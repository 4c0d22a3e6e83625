package dev.impostgres.tracking.schema;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQLite views and the relations their text names (also views made before views had metadata). */
final class SqliteViews {
    private SqliteViews() {}

    static List<String> referencing(Catalog catalog, String sqliteTable) throws SQLException {
        List<String> views = new ArrayList<>();
        try (var st = catalog.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_schema WHERE type = 'view'")) {
            while (rs.next()) {
                String sql = rs.getString(2);
                for (Token t : Lexer.significant(Lexer.tokenize(sql == null ? "" : sql))) {
                    String id = t.kind() == Token.Kind.QUOTED_IDENT ? t.identifier()
                            : t.kind() == Token.Kind.IDENT ? t.text() : null;
                    if (id != null && id.equalsIgnoreCase(sqliteTable)) {
                        views.add(rs.getString(1));
                        break;
                    }
                }
            }
        }
        return views;
    }
}
