-- pg_logical_emit_message: a transactional message inside its transaction, a non-transactional one on its own.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
SELECT pg_logical_emit_message(false, 'app', 'standalone') IS NOT NULL AS emitted;
BEGIN;
INSERT INTO t VALUES (1);
SELECT pg_logical_emit_message(true, 'app', 'inside') IS NOT NULL AS emitted;
COMMIT;
SELECT pg_logical_emit_message(true, 'solo', 'alone in its transaction') IS NOT NULL AS emitted;
BEGIN;
SELECT pg_logical_emit_message(true, 'app', 'rolled back') IS NOT NULL AS emitted;
ROLLBACK;
