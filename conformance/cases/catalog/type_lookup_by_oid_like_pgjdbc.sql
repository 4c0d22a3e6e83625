-- the type lookup pgjdbc's TypeInfoCache runs for an OID
SELECT n.nspname = ANY(current_schemas(true)) AS visible, n.nspname, t.typname FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON t.typnamespace = n.oid WHERE t.oid = 1043;
