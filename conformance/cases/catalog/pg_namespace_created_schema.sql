-- CREATE SCHEMA adds a pg_namespace row
CREATE SCHEMA app;
SELECT nspname FROM pg_namespace WHERE nspname = 'app';
