-- a running sum over an integer column is bigint
CREATE TABLE t (d int, v int);
INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);
SELECT d, sum(v) OVER (ORDER BY d) AS running FROM t ORDER BY d;
