-- obj_description reads a table comment, NULL without one
CREATE TABLE t (a int);
CREATE TABLE u (a int);
COMMENT ON TABLE t IS 'described';
SELECT relname, obj_description(oid, 'pg_class') AS d FROM pg_class WHERE relname IN ('t', 'u') ORDER BY relname;
