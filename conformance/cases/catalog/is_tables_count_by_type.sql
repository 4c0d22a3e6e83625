-- counting the user's relations by table_type
CREATE TABLE t1 (a int);
CREATE TABLE t2 (a int);
CREATE VIEW v1 AS SELECT a FROM t1;
SELECT table_type::text, count(*) FROM information_schema.tables WHERE table_schema = 'public' GROUP BY 1 ORDER BY 1;
