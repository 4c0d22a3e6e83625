-- tables in public are visible, tables in other schemas are not
CREATE TABLE a (x int);
CREATE SCHEMA s;
CREATE TABLE s.b (x int);
SELECT c.relname, pg_table_is_visible(c.oid) AS visible FROM pg_class c WHERE c.relname IN ('a', 'b') ORDER BY c.relname;
