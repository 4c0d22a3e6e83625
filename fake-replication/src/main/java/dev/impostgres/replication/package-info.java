/**
 * Logical replication: {@code .pgoutput} (the pgoutput message writer and reader), {@code .stream} (CopyData
 * messages during streaming: XLogData, keepalives, standby status updates), {@code .command} (the replication
 * command grammar), and the slots and walsender built on change-tracking's change log.
 */
package dev.impostgres.replication;
