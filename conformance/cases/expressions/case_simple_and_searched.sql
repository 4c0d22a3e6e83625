-- simple and searched CASE pick the first match and fall back to ELSE or NULL
CREATE TABLE t (n int);
INSERT INTO t VALUES (1), (2), (3), (NULL);
SELECT n, CASE n WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END AS simple, CASE WHEN n > 1 THEN 'big' WHEN n = 1 THEN 'small' END AS searched FROM t ORDER BY n NULLS LAST;
SELECT CASE WHEN false THEN 1 END AS no_else, CASE WHEN true THEN 1 ELSE 2.5 END AS unified;
