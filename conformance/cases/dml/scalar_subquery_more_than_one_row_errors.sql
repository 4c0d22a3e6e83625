-- a scalar subquery returning two rows fails with 21000, zero rows gives NULL
CREATE TABLE t (v int);
INSERT INTO t VALUES (1), (2);
SELECT (SELECT v FROM t) AS x;
SELECT (SELECT v FROM t WHERE v > 5) AS x;
SELECT (SELECT v FROM t WHERE v = 2) AS x;
