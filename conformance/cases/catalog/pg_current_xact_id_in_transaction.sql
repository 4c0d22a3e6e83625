-- pg_current_xact_id and txid_current are stable within one transaction
BEGIN;
SELECT pg_current_xact_id()::text = pg_current_xact_id()::text AS same;
COMMIT;
