-- a non-aggregated column missing from GROUP BY fails with 42803, as do aggregates in WHERE
CREATE TABLE t (a int, b int);
SELECT a, b, count(*) FROM t GROUP BY a;
SELECT a FROM t WHERE count(*) > 1 GROUP BY a;
SELECT a, count(*) FROM t GROUP BY a;
