-- set_config(…, true) lasts until the end of the transaction
BEGIN;
SELECT set_config('search_path', 'pg_catalog', true) AS inside;
COMMIT;
SHOW search_path;
