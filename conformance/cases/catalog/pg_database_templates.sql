-- pg_database has template0 and template1 besides the current database
SELECT datname, datistemplate, datallowconn FROM pg_database WHERE datname IN ('template0', 'template1') ORDER BY 1;
