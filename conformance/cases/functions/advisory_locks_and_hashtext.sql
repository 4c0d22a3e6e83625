-- hashtext is Postgres's hash_bytes; advisory locks: session/transaction, re-entrant, try and unlock results
SELECT hashtext(''), hashtext('abc'), hashtext('migrate-schema:zapp_0/cdc'), hashtext('ü');
SELECT pg_advisory_lock(1);
SELECT pg_advisory_lock(1);
SELECT pg_try_advisory_lock(1), pg_try_advisory_lock(2, 3);
SELECT pg_advisory_unlock(1), pg_advisory_unlock(1), pg_advisory_unlock(1);
SELECT pg_advisory_unlock(2, 3);
BEGIN;
SELECT pg_advisory_xact_lock(hashtext('k'));
SELECT pg_try_advisory_xact_lock(7), pg_try_advisory_lock_shared(8);
COMMIT;
SELECT pg_advisory_unlock_shared(8);
SELECT pg_advisory_unlock_all();
