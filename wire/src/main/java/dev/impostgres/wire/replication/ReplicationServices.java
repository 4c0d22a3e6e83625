package dev.impostgres.wire.replication;

import dev.impostgres.replication.slot.SlotManager;
import dev.impostgres.replication.walsender.PublicationResolver;
import dev.impostgres.tracking.DatabaseManager;
import dev.impostgres.tracking.SqliteDatabaseManager;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every replication connection of one server shares: the slots (whose "active" state is per server) and the
 * system identifier. Kept per {@link DatabaseManager} so that the server's composition root did not have to change;
 * it can construct and pass one instead later.
 */
public final class ReplicationServices {
    private static final Map<DatabaseManager, ReplicationServices> BY_MANAGER = new WeakHashMap<>();

    private final SqliteDatabaseManager databases;
    private final SlotManager slots;
    private final PublicationResolver publications;
    private String systemIdentifier;

    ReplicationServices(SqliteDatabaseManager databases, PublicationResolver publications) {
        this.databases = databases;
        this.slots = new SlotManager(databases);
        this.publications = publications;
    }

    public static synchronized ReplicationServices of(DatabaseManager databases) {
        if (!(databases instanceof SqliteDatabaseManager sqlite)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "replication needs the SQLite database manager");
        }
        return BY_MANAGER.computeIfAbsent(databases, d -> new ReplicationServices(sqlite, PublicationResolver.ALL_TABLES));
    }

    SqliteDatabaseManager databases() { return databases; }
    public SlotManager slots() { return slots; }
    PublicationResolver publications() { return publications; }

    /**
     * IDENTIFY_SYSTEM's systemid: like Postgres's (chosen at initdb, never changes), a random 64-bit number chosen
     * once and kept in the {@code postgres} database.
     */
    synchronized String systemIdentifier() {
        if (systemIdentifier == null) {
            systemIdentifier = databases.write("postgres", connection -> {
                try (Statement st = connection.createStatement()) {
                    st.execute("CREATE TABLE IF NOT EXISTS _pg_control (id INTEGER PRIMARY KEY CHECK (id = 1), system_identifier TEXT NOT NULL)");
                    long id = ThreadLocalRandom.current().nextLong(1L << 62, Long.MAX_VALUE);
                    st.execute("INSERT OR IGNORE INTO _pg_control VALUES (1, '" + Long.toUnsignedString(id) + "')");
                    try (ResultSet rs = st.executeQuery("SELECT system_identifier FROM _pg_control")) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
        }
        return systemIdentifier;
    }
}
