-- built-in functions live in pg_catalog
SELECT DISTINCT n.nspname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.proname IN ('lower', 'upper', 'coalesce', 'now');
