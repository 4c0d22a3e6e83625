-- grouped sums of numeric columns
CREATE TABLE t (g text, amount numeric(8,2));
INSERT INTO t VALUES ('a', 1.10), ('a', 2.20), ('b', 10), ('b', 0.05);
SELECT g, sum(amount) AS total, avg(amount) AS mean FROM t GROUP BY g ORDER BY g;
