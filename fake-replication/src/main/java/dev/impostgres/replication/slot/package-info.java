/**
 * Durable logical replication slots ({@link dev.impostgres.replication.slot.SlotManager}): stored in the database they
 * decode, names unique per server, confirmed positions written with the commit machinery, pruning of the change log
 * below the slowest slot. Not yet: SQL-side functions (pg_create_logical_replication_slot, pg_replication_slots),
 * exported snapshots, physical slots.
 */
package dev.impostgres.replication.slot;
