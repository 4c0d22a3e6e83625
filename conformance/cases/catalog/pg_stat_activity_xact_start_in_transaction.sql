-- inside a transaction the backend has xact_start and query_start
BEGIN;
SELECT xact_start IS NOT NULL AS in_xact, query_start IS NOT NULL AS has_query, backend_start IS NOT NULL AS started FROM pg_stat_activity WHERE pid = pg_backend_pid();
COMMIT;
