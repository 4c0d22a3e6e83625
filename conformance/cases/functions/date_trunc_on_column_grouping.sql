-- grouping rows by day and month with date_trunc
CREATE TABLE t (at timestamp, v int);
INSERT INTO t VALUES ('2024-01-01 10:00', 1), ('2024-01-01 23:59', 2), ('2024-01-02 00:00', 4), ('2024-02-10 12:00', 8);
SELECT date_trunc('day', at) AS day, sum(v) AS total FROM t GROUP BY 1 ORDER BY 1;
SELECT date_trunc('month', at) AS month, count(*) AS n FROM t GROUP BY 1 ORDER BY 1;
