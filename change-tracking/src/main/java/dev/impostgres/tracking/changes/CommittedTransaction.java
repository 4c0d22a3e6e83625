package dev.impostgres.tracking.changes;

/**
 * A committed transaction that changed at least one captured table: its 64-bit xid, the LSN of its first change
 * ({@code beginLsn}), of its commit record ({@code commitLsn}, pgoutput's Begin finalLsn) and just past it
 * ({@code endLsn}, what a consumer confirms), its commit time (µs since 1970) and its rows in the change log.
 */
public record CommittedTransaction(String database, long xid, long beginLsn, long commitLsn, long endLsn, long commitTimeMicros,
                                   long firstSeq, long lastSeq) {}
