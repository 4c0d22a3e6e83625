package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a table's SQLite definition the shape its metadata now describes (declared types, NOT NULL, defaults,
 * CHECK and FOREIGN KEY constraints) by rewriting its CREATE TABLE text in {@code sqlite_schema} in place, as
 * SQLite's ALTER TABLE documentation describes for changes that leave the stored records valid. Why not
 * create-copy-drop-rename: with foreign_keys on (it cannot be switched off inside a transaction) dropping a
 * referenced table runs its children's ON DELETE actions; in place, rowids, data, indexes and children stay.
 *
 * <p>Keys (PRIMARY KEY / UNIQUE) are not in the rewritten text: CREATE TABLE made them inline, backed by
 * {@code sqlite_autoindex_*} b-trees; those rows become ordinary named indexes over the same b-tree (same columns,
 * same order), so a key can later be dropped with DROP INDEX. An autoindex whose constraint is gone is dropped.
 * Everything runs in the caller's transaction: a ROLLBACK restores the old text and SQLite reloads its schema.
 */
final class TableRewrite {
    private TableRewrite() {}

    /**
     * Rewrites {@code rel}'s definition. {@code defaults}: SQLite DEFAULT expressions by attnum that replace the
     * current ones (a null value drops the default); other columns keep theirs.
     */
    static void rewrite(Catalog catalog, Relation rel, Map<Integer, String> defaults) throws SQLException {
        Map<Integer, Column> metadata = new HashMap<>();
        for (Column c : catalog.columns(rel.oid())) metadata.put(c.attnum(), c);
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement ps = catalog.connection().prepareStatement(
                "SELECT name, type, \"notnull\", dflt_value, hidden FROM pragma_table_xinfo(?)")) {
            ps.setString(1, rel.sqliteName());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(5) != 0) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "this ALTER TABLE is not supported on a table with generated columns");
                    }
                    int attnum = StorageAffinity.attnum(rs.getString(2));
                    Column column = metadata.get(attnum);
                    String dflt = defaults.containsKey(attnum) ? defaults.get(attnum) : rs.getString(4);
                    StringBuilder def = new StringBuilder(Catalog.quote(rs.getString(1))).append(' ')
                            .append(column == null ? rs.getString(2) : StorageAffinity.declaredType(column.typeOid(), attnum));
                    if (column == null ? rs.getInt(3) != 0 : column.notNull()) def.append(" NOT NULL");
                    if (dflt != null) def.append(" DEFAULT (").append(dflt).append(')');
                    Long domain = column == null ? null : catalog.queryLong(
                            "SELECT attdomain FROM _pg_attribute WHERE attrelid = ? AND attnum = ? AND attdomain <> 0",
                            rel.oid(), attnum);
                    if (domain != null) def.append(' ').append(ColumnDefinitions.domainCheck(domain, rs.getString(1)));
                    definitions.add(def.toString());
                }
            }
        }
        definitions.addAll(constraintClauses(catalog, rel, metadata));
        String table = "CREATE TABLE " + Catalog.quote(rel.sqliteName()) + " (" + String.join(", ", definitions) + ")";
        List<String> orphans = new ArrayList<>();
        Map<String, String[]> detached = detachedKeys(catalog, rel, orphans);
        try (Statement st = catalog.connection().createStatement()) {
            long version;
            try (ResultSet rs = st.executeQuery("PRAGMA schema_version")) {
                rs.next();
                version = rs.getLong(1);
            }
            st.execute("PRAGMA writable_schema = ON");
            try {
                catalog.update("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?", table, rel.sqliteName());
                for (Map.Entry<String, String[]> e : detached.entrySet()) {
                    catalog.update("UPDATE sqlite_schema SET name = ?, sql = ? WHERE type = 'index' AND name = ?",
                            e.getValue()[0], e.getValue()[1], e.getKey());
                }
                st.execute("PRAGMA schema_version = " + (version + 1));
            } finally {
                st.execute("PRAGMA writable_schema = OFF");
            }
        }
        for (String orphan : orphans) catalog.exec("DROP INDEX " + Catalog.quote(orphan));
        createMissingKeyIndexes(catalog, rel);
    }

    /** CHECK and FOREIGN KEY clauses from _pg_constraint, named so SQLite's CHECK failure names them. */
    private static List<String> constraintClauses(Catalog catalog, Relation rel, Map<Integer, Column> metadata)
            throws SQLException {
        List<String> clauses = new ArrayList<>();
        try (PreparedStatement ps = catalog.connection().prepareStatement("SELECT conname, contype, conkey, confrelid, "
                + "confkey, confdeltype, confupdtype, check_expr, condeferred FROM _pg_constraint WHERE conrelid = ? "
                + "AND contype IN ('c', 'f') ORDER BY oid")) {
            ps.setLong(1, rel.oid());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = Catalog.quote(rs.getString(1));
                    if (rs.getString(2).equals("c")) {
                        clauses.add("CONSTRAINT " + name + " CHECK (" + Expressions.toSqlite(rs.getString(8), catalog, rel.oid())
                                + ")");
                        continue;
                    }
                    Relation parent = rs.getLong(4) == rel.oid() ? rel : catalog.relationByOid(rs.getLong(4));
                    clauses.add("CONSTRAINT " + name + " FOREIGN KEY (" + columnList(catalog, rel.oid(), rs.getString(3))
                            + ") REFERENCES " + Catalog.quote(parent.sqliteName()) + " ("
                            + columnList(catalog, parent.oid(), rs.getString(5)) + ") ON DELETE "
                            + action(rs.getString(6)) + " ON UPDATE " + action(rs.getString(7))
                            + deferral(rs.getInt(9) == 1));
                }
            }
        }
        return clauses;
    }

    /**
     * An INITIALLY DEFERRED key is checked by SQLite at COMMIT, as in Postgres; SQLite checks every other key at the
     * end of the statement (Postgres's NOT DEFERRABLE and INITIALLY IMMEDIATE alike).
     */
    static String deferral(boolean initiallyDeferred) {
        return initiallyDeferred ? " DEFERRABLE INITIALLY DEFERRED" : "";
    }

    static String columnList(Catalog catalog, long relOid, String attnums) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String n : attnums.split(",")) {
            Column c = catalog.column(relOid, Integer.parseInt(n.trim()));
            names.add(Catalog.quote(c.name()));
        }
        return String.join(", ", names);
    }

    private static String action(String code) {
        return switch (code) {
            case "c" -> "CASCADE";
            case "r" -> "RESTRICT";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    /**
     * The table's autoindexes, each matched to its key constraint by columns: old name → {new name, CREATE UNIQUE
     * INDEX text}. Autoindexes whose constraint is gone get a placeholder name and land in {@code orphans}.
     */
    private static Map<String, String[]> detachedKeys(Catalog catalog, Relation rel, List<String> orphans)
            throws SQLException {
        Map<String, String[]> out = new HashMap<>();
        List<String> autoindexes = new ArrayList<>();
        try (PreparedStatement ps = catalog.connection().prepareStatement("SELECT name FROM sqlite_schema "
                + "WHERE type = 'index' AND tbl_name = ? AND sql IS NULL ORDER BY name")) {
            ps.setString(1, rel.sqliteName());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) autoindexes.add(rs.getString(1));
            }
        }
        for (String autoindex : autoindexes) {
            List<String> columns = new ArrayList<>();
            List<String> attnums = new ArrayList<>();
            try (PreparedStatement ps = catalog.connection().prepareStatement(
                    "SELECT i.name, t.type FROM pragma_index_info(?) i JOIN pragma_table_info(?) t ON t.name = i.name "
                            + "ORDER BY i.seqno")) {
                ps.setString(1, autoindex);
                ps.setString(2, rel.sqliteName());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.add(Catalog.quote(rs.getString(1)));
                        attnums.add(String.valueOf(StorageAffinity.attnum(rs.getString(2))));
                    }
                }
            }
            Long indexOid = catalog.queryLong("SELECT k.conindid FROM _pg_constraint k JOIN _pg_class c "
                    + "ON c.oid = k.conindid WHERE k.conrelid = ? AND k.contype IN ('p', 'u') AND k.conkey = ? "
                    + "AND c.sqlite_name = '' ORDER BY k.contype = 'p' DESC LIMIT 1", rel.oid(), String.join(",", attnums));
            String name;
            if (indexOid == null) {
                name = autoindex.replace("sqlite_autoindex_", "_pg_dropped_key_");
                orphans.add(name);
            } else {
                String relname = catalog.queryString("SELECT relname FROM _pg_class WHERE oid = ?", indexOid);
                name = QualifiedName.flattened(rel.schema(), relname);
                catalog.update("UPDATE _pg_class SET sqlite_name = ? WHERE oid = ?", name, indexOid);
            }
            out.put(autoindex, new String[] {name, "CREATE UNIQUE INDEX " + Catalog.quote(name) + " ON "
                    + Catalog.quote(rel.sqliteName()) + " (" + String.join(", ", columns) + ")"});
        }
        return out;
    }

    /** A key constraint that has no SQLite index of its own (SQLite shares one autoindex between equal keys). */
    static void createMissingKeyIndexes(Catalog catalog, Relation rel) throws SQLException {
        try (PreparedStatement ps = catalog.connection().prepareStatement("SELECT c.oid, c.relname, k.conkey "
                + "FROM _pg_constraint k JOIN _pg_class c ON c.oid = k.conindid WHERE k.conrelid = ? "
                + "AND k.contype IN ('p', 'u') AND c.sqlite_name = ''")) {
            ps.setLong(1, rel.oid());
            List<Object[]> missing = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) missing.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
            }
            for (Object[] m : missing) {
                String name = QualifiedName.flattened(rel.schema(), (String) m[1]);
                catalog.exec("CREATE UNIQUE INDEX " + Catalog.quote(name) + " ON " + Catalog.quote(rel.sqliteName())
                        + " (" + columnList(catalog, rel.oid(), (String) m[2]) + ")");
                catalog.update("UPDATE _pg_class SET sqlite_name = ? WHERE oid = ?", name, m[0]);
            }
        }
    }
}
