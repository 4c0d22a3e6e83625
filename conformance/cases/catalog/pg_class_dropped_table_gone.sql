-- DROP TABLE removes the pg_class row
CREATE TABLE t (a int);
DROP TABLE t;
SELECT count(*) FROM pg_class WHERE relname = 't';
