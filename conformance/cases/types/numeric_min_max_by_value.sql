-- min and max of a numeric column compare values, not text
CREATE TABLE t (n numeric);
INSERT INTO t VALUES (9), (10), (2.5), (100);
SELECT min(n) AS mi, max(n) AS ma FROM t;
