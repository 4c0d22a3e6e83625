package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the metadata tables on one connection, inside whatever transaction the caller is in. Name
 * resolution follows Postgres's default search_path ("$user", public): an unqualified name is looked up in a
 * schema named like the user, then in public.
 */
public final class Catalog {
    private static final String RELATION_COLUMNS = "c.oid, c.relnamespace, n.nspname, c.relname, c.relkind, "
            + "c.sqlite_name, c.relreplident FROM _pg_class c JOIN _pg_namespace n ON n.oid = c.relnamespace";

    private final Connection connection;
    private final String user;

    public Catalog(Connection connection, String user) {
        this.connection = connection;
        this.user = user;
    }

    public Connection connection() { return connection; }

    public long allocateOid() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE _pg_meta SET value = value + 1 WHERE key = 'next_oid' RETURNING value - 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public Long namespaceOid(String schema) throws SQLException {
        return queryLong("SELECT oid FROM _pg_namespace WHERE nspname = ?", schema);
    }

    /** The schema a new object goes into: the named one (3F000 if missing) or the first existing one on the path. */
    public long creationNamespace(QualifiedName name) throws SQLException {
        if (name.schema() != null) {
            Long oid = namespaceOid(name.schema());
            if (oid == null) throw PgException.of(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", name.schema());
            return oid;
        }
        Long own = user == null ? null : namespaceOid(user);
        return own != null ? own : 2200;
    }

    /** The relation a (possibly unqualified) name refers to, or null. */
    public Relation relation(QualifiedName name) throws SQLException {
        if (name.schema() != null) {
            return oneRelation("SELECT " + RELATION_COLUMNS + " WHERE n.nspname = ? AND c.relname = ?",
                    name.schema(), name.name());
        }
        Relation own = user == null ? null : oneRelation("SELECT " + RELATION_COLUMNS
                + " WHERE n.nspname = ? AND c.relname = ?", user, name.name());
        return own != null ? own : oneRelation("SELECT " + RELATION_COLUMNS
                + " WHERE n.nspname = 'public' AND c.relname = ?", name.name());
    }

    public Relation relationByOid(long oid) throws SQLException {
        return oneRelation("SELECT " + RELATION_COLUMNS + " WHERE c.oid = ?", oid);
    }

    public Relation relationBySqliteName(String sqliteName) throws SQLException {
        return oneRelation("SELECT " + RELATION_COLUMNS + " WHERE c.sqlite_name = ?", sqliteName);
    }

    public boolean relationExists(long namespaceOid, String name) throws SQLException {
        return queryLong("SELECT oid FROM _pg_class WHERE relnamespace = ? AND relname = ?", namespaceOid, name) != null;
    }

    public long insertRelation(long namespaceOid, String name, String kind, String sqliteName) throws SQLException {
        long oid = allocateOid();
        update("INSERT INTO _pg_class (oid, relnamespace, relname, relkind, sqlite_name) VALUES (?, ?, ?, ?, ?)",
                oid, namespaceOid, name, kind, sqliteName);
        return oid;
    }

    public List<Column> columns(long relationOid) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT attrelid, attnum, attname, atttypid, atttypmod, "
                + "type_name, attnotnull, default_expr, attidentity, attgenerated FROM _pg_attribute "
                + "WHERE attrelid = ? ORDER BY attnum")) {
            ps.setLong(1, relationOid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) columns.add(column(rs));
            }
        }
        return columns;
    }

    public Column column(long relationOid, int attnum) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT attrelid, attnum, attname, atttypid, atttypmod, "
                + "type_name, attnotnull, default_expr, attidentity, attgenerated FROM _pg_attribute "
                + "WHERE attrelid = ? AND attnum = ?")) {
            ps.setLong(1, relationOid);
            ps.setInt(2, attnum);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? column(rs) : null;
            }
        }
    }

    private static Column column(ResultSet rs) throws SQLException {
        return new Column(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                rs.getInt(7) != 0, rs.getString(8), rs.getString(9), rs.getString(10));
    }

    public void insertColumn(Column c) throws SQLException {
        update("INSERT INTO _pg_attribute (attrelid, attnum, attname, atttypid, atttypmod, type_name, attnotnull, "
                        + "default_expr, attidentity, attgenerated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.relationOid(), c.attnum(), c.name(), c.typeOid(), c.typmod(), c.typeName(), c.notNull() ? 1 : 0,
                c.defaultExpr(), c.identity(), c.generated());
    }

    public boolean constraintExists(long relationOid, String name) throws SQLException {
        return queryLong("SELECT oid FROM _pg_constraint WHERE conrelid = ? AND conname = ?", relationOid, name) != null;
    }

    /** Removes a relation's metadata rows (not the SQLite object). */
    public void deleteRelation(long oid) throws SQLException {
        if ("S".equals(queryString("SELECT relkind FROM _pg_class WHERE oid = ?", oid))) {
            Sequences.dropRelationView(this, oid);
        }
        update("DELETE FROM _pg_attribute WHERE attrelid = ?", oid);
        update("DELETE FROM _pg_constraint WHERE conrelid = ?", oid);
        update("DELETE FROM _pg_index WHERE indexrelid = ? OR indrelid = ?", oid, oid);
        update("DELETE FROM _pg_sequence WHERE seqrelid = ?", oid);
        update("DELETE FROM _pg_description WHERE objoid = ?", oid);
        update("DELETE FROM _pg_depend WHERE objid = ?", oid);
        update("DELETE FROM _pg_publication_rel WHERE prrelid = ?", oid);
        update("DELETE FROM _pg_class WHERE oid = ?", oid);
    }

    public Long queryLong(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? (Long) rs.getObject(1, Long.class) : null;
        }
    }

    public List<Long> queryLongs(String sql, Object... args) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getLong(1));
        }
        return out;
    }

    public String queryString(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** Runs SQLite DDL or other statements without parameters. */
    public void exec(String sql) throws SQLException {
        try (var st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        return ps;
    }

    private Relation oneRelation(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return null;
            return new Relation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7));
        }
    }

    /** A SQLite identifier, always quoted. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
