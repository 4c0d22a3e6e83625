/**
 * The logical walsender ({@link dev.impostgres.replication.walsender.LogicalWalSender}): plain Java, writes to a
 * {@link dev.impostgres.replication.walsender.WalSenderSink}, so it is tested without Netty. Which tables are
 * published is decided by a {@link dev.impostgres.replication.walsender.PublicationResolver}: the server uses
 * {@link dev.impostgres.replication.walsender.CatalogPublicationResolver} (what CREATE PUBLICATION recorded), looked up
 * per transaction from the current catalog (Postgres uses the historic catalog as of the change; the difference shows
 * only when a publication changes while changes made before it are still unsent). Column lists, row filters and
 * publish_via_partition_root (no partitions here) are not applied.
 */
package dev.impostgres.replication.walsender;
