/**
 * Durable logical replication slots ({@link dev.impostgres.replication.slot.SlotManager}): stored in the database they
 * decode, names unique per server, confirmed positions written with the commit machinery, pruning of the change log
 * below the slowest slot. The SQL-side functions (pg_create_logical_replication_slot, pg_drop_replication_slot,
 * pg_logical_slot_{peek,get}_binary_changes, pg_replication_slot_advance) use the same manager through the wire
 * module's ReplicationSqlFunctions. Not yet: physical slots.
 */
package dev.impostgres.replication.slot;
