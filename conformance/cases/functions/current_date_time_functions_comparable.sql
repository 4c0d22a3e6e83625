-- now(), current_timestamp and friends are stable within a transaction: compare, never print them
BEGIN;
SELECT now() = current_timestamp AS same, now() = transaction_timestamp() AS tx, now() > '2000-01-01'::timestamptz AS recent, current_date > '2000-01-01' AS today_recent;
SELECT clock_timestamp() >= now() AS clock_after;
SELECT pg_typeof(localtimestamp)::text AS lts, pg_typeof(current_time)::text AS ct, pg_typeof(localtime)::text AS lt;
COMMIT;
