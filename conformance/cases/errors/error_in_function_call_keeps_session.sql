-- errors raised inside a statement after rows were produced leave no partial results in the table
CREATE TABLE t (v int);
INSERT INTO t SELECT 10 / (3 - n) FROM generate_series(1, 5) AS n;
SELECT count(*) FROM t;
INSERT INTO t SELECT 10 / n FROM generate_series(1, 5) AS n;
SELECT v FROM t ORDER BY v;
