-- TRUNCATE inside a rolled back transaction leaves the rows in place
CREATE TABLE t (v int);
INSERT INTO t VALUES (1), (2);
BEGIN;
TRUNCATE t;
SELECT count(*) FROM t;
ROLLBACK;
SELECT count(*) FROM t;
