-- Values that legitimately differ between two servers are normalized (see conformance/README.md); their types are not.
-- mask-column: started
SELECT now(), pg_backend_pid();
SELECT statement_timestamp() AS started, current_database() AS db;
BEGIN;
SELECT pg_current_xact_id();
COMMIT;
SELECT 'pg_class'::regclass::oid AS builtin_oid;
