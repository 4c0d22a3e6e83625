/**
 * The logical walsender ({@link dev.impostgres.replication.walsender.LogicalWalSender}): plain Java, writes to a
 * {@link dev.impostgres.replication.walsender.WalSenderSink}, so it is tested without Netty. Which tables are
 * published is decided by a {@link dev.impostgres.replication.walsender.PublicationResolver}; until publications exist
 * every name means all tables.
 */
package dev.impostgres.replication.walsender;
