-- pg_catalog and public have fixed OIDs 11 and 2200
SELECT oid, nspname FROM pg_namespace WHERE nspname IN ('pg_catalog', 'public') ORDER BY oid;
