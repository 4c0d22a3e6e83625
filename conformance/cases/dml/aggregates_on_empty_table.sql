-- aggregates over no rows: count gives 0, the others NULL, GROUP BY gives no rows
CREATE TABLE t (v int);
SELECT count(*) AS c, count(v) AS cv, sum(v) AS s, avg(v) AS a, min(v) AS mi, max(v) AS ma FROM t;
SELECT v, count(*) FROM t GROUP BY v;
INSERT INTO t VALUES (NULL);
SELECT count(*) AS c, count(v) AS cv, sum(v) AS s FROM t;
