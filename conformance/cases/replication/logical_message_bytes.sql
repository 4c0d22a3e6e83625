-- A logical message with bytea content and an empty prefix-like content.
-- replication: publication=pub
CREATE PUBLICATION pub FOR ALL TABLES;
-- @capture
SELECT pg_logical_emit_message(true, 'bin', '\x68656c6c6f'::bytea) IS NOT NULL AS emitted;
SELECT pg_logical_emit_message(true, 'empty', '') IS NOT NULL AS emitted;
