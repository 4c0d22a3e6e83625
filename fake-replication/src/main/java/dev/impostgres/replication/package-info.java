/** Logical replication: replication commands, durable slots, publications, exported snapshots, the walsender and pgoutput. Filled by the replication issue; nothing here yet. */
package dev.impostgres.replication;
