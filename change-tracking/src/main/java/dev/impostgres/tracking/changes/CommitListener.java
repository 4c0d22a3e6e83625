package dev.impostgres.tracking.changes;

/**
 * Told of every committed transaction of a database right after its COMMIT, on the committing thread and in
 * commit order. Must not block: a walsender just wakes up and reads the change log itself.
 */
@FunctionalInterface
public interface CommitListener {
    void committed(CommittedTransaction transaction);
}
