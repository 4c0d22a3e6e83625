-- sum and avg over numeric are exact, without float rounding
CREATE TABLE t (n numeric(12,2));
INSERT INTO t VALUES (0.10), (0.20), (0.30), (1000000000.01);
SELECT sum(n) AS s, avg(n) AS a, min(n) AS mi, max(n) AS ma, count(n) AS c FROM t;
