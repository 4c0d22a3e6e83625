package dev.impostgres.wire.replication;

import dev.impostgres.replication.slot.SlotManager;
import dev.impostgres.replication.walsender.CatalogPublicationResolver;
import dev.impostgres.replication.walsender.PublicationResolver;
import dev.impostgres.tracking.SqliteDatabaseManager;
import dev.impostgres.tracking.catalog.ReplicationSlotSource;
import dev.impostgres.tracking.changes.Lsn;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every replication connection of one server shares: the slots (whose "active" state is per server) and the
 * system identifier. The server's composition root makes one and hands it to every connection.
 */
public final class ReplicationServices {
    private final SqliteDatabaseManager databases;
    private final SlotManager slots;
    private final PublicationResolver publications;
    private String systemIdentifier;

    public ReplicationServices(SqliteDatabaseManager databases) {
        this(databases, new CatalogPublicationResolver());
    }

    ReplicationServices(SqliteDatabaseManager databases, PublicationResolver publications) {
        this.databases = databases;
        this.slots = new SlotManager(databases);
        this.publications = publications;
        // Load the slots now, before any client runs: a crashed run's temporary slots are dropped here, never from
        // inside a client's statement.
        slots.all();
        databases.replicationSlots(() -> slots.all().stream().map(s -> new ReplicationSlotSource.Slot(s.name(),
                s.plugin(), s.database(), s.temporary(), s.activePid(), Lsn.format(s.restartLsn()),
                Lsn.format(s.confirmedFlushLsn()))).toList());
    }

    /**
     * Plugs the SQL-side slot functions and pg_terminate_backend into every session; {@code terminator} ends other
     * backends (the server's backend registry).
     */
    public void installSqlFunctions(BackendTerminator terminator) {
        databases.serverFunctions(new ReplicationSqlFunctions(this, terminator));
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
