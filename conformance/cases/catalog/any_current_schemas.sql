-- schema names compared against current_schemas with = ANY, as pgjdbc does
SELECT nspname, nspname = ANY (current_schemas(true)) AS on_path FROM pg_namespace WHERE nspname IN ('pg_catalog', 'public', 'information_schema') ORDER BY nspname;
