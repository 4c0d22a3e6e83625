package dev.impostgres.tracking.changes;

import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A stand-in {@link RelationCatalog} built only from what SQLite keeps: column names, declared types (resolved with
 * {@link PgTypes#byName}, unknown ones as text) and the primary key as the replica identity (DEFAULT). Every table
 * is in {@code public}. The OID is a hash of the table name into the user range (≥ 16384): stable across restarts
 * and sessions, but it changes on rename and may collide; the DDL metadata's real OIDs replace it.
 */
public final class SqliteRelationCatalog implements RelationCatalog {
    private static final int FIRST_NORMAL_OBJECT_ID = 16384;

    @Override
    public Optional<RelationDescription> describe(Connection connection, String storageName) throws SQLException {
        List<RelationColumn> columns = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + ChangeCapture.quote(storageName) + ")")) {
            while (rs.next()) {
                String declared = rs.getString("type");
                PgType type = declared == null || declared.isBlank() ? null : PgTypes.byName(declared);
                int typmod = type == null ? -1 : PgTypes.typmodOf(declared);
                columns.add(new RelationColumn(rs.getString("name"), type == null ? PgTypes.TEXT : type, typmod, rs.getInt("pk") > 0));
            }
        }
        if (columns.isEmpty()) return Optional.empty();
        return Optional.of(new RelationDescription(oidOf(storageName), "public", storageName, storageName, 'd', columns));
    }

    static int oidOf(String storageName) {
        CRC32 crc = new CRC32();
        crc.update(storageName.getBytes(StandardCharsets.UTF_8));
        return FIRST_NORMAL_OBJECT_ID + (int) (crc.getValue() % 1_000_000_000L);
    }
}
