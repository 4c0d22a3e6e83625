package dev.impostgres.wire.replication;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * A writer thread that keeps inserting, updating and deleting rows of {@code items(id, v)} (autocommit statements and
 * small multi-statement transactions) until closed; closing rethrows whatever failed on its thread.
 */
final class ContinuousWriter implements AutoCloseable {
    private final Connection connection;
    private final Thread thread;
    private final Random random = new Random(7);
    private volatile boolean stopped;
    private volatile Exception failure;
    private int commits; // guarded by this
    private int nextId;

    private ContinuousWriter(Connection connection, int firstId) {
        this.connection = connection;
        this.nextId = firstId;
        this.thread = new Thread(this::run, "continuous-writer");
    }

    static ContinuousWriter start(Connection connection, int firstId) {
        ContinuousWriter writer = new ContinuousWriter(connection, firstId);
        writer.thread.start();
        return writer;
    }

    /** Waits until the writer has committed {@code n} more transactions than now. */
    synchronized void awaitMoreCommits(int n) throws InterruptedException {
        int target = commits + n;
        while (commits < target) {
            if (failure != null || stopped) throw new IllegalStateException("the writer stopped", failure);
            wait(1000);
        }
    }

    private void run() {
        try (Statement st = connection.createStatement()) {
            for (int i = 0; !stopped; i++) {
                int existing = 1 + random.nextInt(nextId - 1);
                if (i % 4 == 3) {
                    st.execute("BEGIN");
                    st.execute("INSERT INTO items VALUES (" + nextId++ + ", 1)");
                    st.execute("UPDATE items SET v = v + 10 WHERE id = " + existing);
                    st.execute("COMMIT");
                } else if (i % 4 == 2) {
                    st.execute("DELETE FROM items WHERE id = " + existing);
                } else if (i % 4 == 1) {
                    st.execute("UPDATE items SET v = v + 1 WHERE id IN (" + existing + ", " + (nextId - 1) + ")");
                } else {
                    st.execute("INSERT INTO items VALUES (" + nextId++ + ", 0)");
                }
                synchronized (this) {
                    commits++;
                    notifyAll();
                }
            }
        } catch (SQLException e) {
            failure = e;
        } finally {
            synchronized (this) {
                stopped = true;
                notifyAll();
            }
        }
    }

    @Override
    public void close() throws Exception {
        stopped = true;
        thread.join();
        connection.close();
        if (failure != null) throw failure;
    }
}
