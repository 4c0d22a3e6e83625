-- OPERATOR(pg_catalog.~) and COLLATE pg_catalog.default as psql writes them
CREATE TABLE items (a int);
SELECT c.relname FROM pg_catalog.pg_class c WHERE c.relname OPERATOR(pg_catalog.~) '^(items)$' COLLATE pg_catalog.default AND pg_catalog.pg_table_is_visible(c.oid);
