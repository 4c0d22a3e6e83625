-- aggregate window functions with the default frame and explicit ROWS frames
CREATE TABLE t (d int, v int);
INSERT INTO t VALUES (1, 10), (2, 20), (3, 30), (4, 40);
SELECT d, v, sum(v) OVER (ORDER BY d) AS running, sum(v) OVER () AS total, avg(v) OVER (ORDER BY d ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS moving FROM t ORDER BY d;
