/**
 * Change tracking for logical replication: capture triggers ({@link dev.impostgres.tracking.changes.ChangeCapture}),
 * the change log with its durable xid/LSN counters assigned at COMMIT ({@link dev.impostgres.tracking.changes.ChangeLog}),
 * reading it back in commit order ({@link dev.impostgres.tracking.changes.ChangeLogReader}), commit listeners, and the
 * relation descriptions Relation messages are built from ({@link dev.impostgres.tracking.changes.RelationCatalog}).
 */
package dev.impostgres.tracking.changes;
