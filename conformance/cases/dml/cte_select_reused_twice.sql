-- a WITH query can be referenced more than once
CREATE TABLE t (n int);
INSERT INTO t VALUES (1), (2), (3), (4);
WITH evens AS (SELECT n FROM t WHERE n % 2 = 0)
SELECT a.n AS a, b.n AS b FROM evens a CROSS JOIN evens b ORDER BY a, b;
