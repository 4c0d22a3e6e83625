-- pg_catalog.pg_class and pg_class are the same relation
CREATE TABLE t (a int);
SELECT c.relname, n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 't';
