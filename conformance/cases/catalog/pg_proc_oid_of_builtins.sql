-- built-in functions keep their fixed OIDs
SELECT proname, oid FROM pg_proc WHERE proname IN ('now', 'version', 'upper', 'length', 'pg_backend_pid') AND pronargs <= 1 ORDER BY oid;
