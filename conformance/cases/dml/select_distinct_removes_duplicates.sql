-- SELECT DISTINCT treats NULLs as equal
CREATE TABLE t (a int, b text);
INSERT INTO t VALUES (1, 'x'), (1, 'x'), (2, NULL), (2, NULL), (1, 'y');
SELECT DISTINCT a, b FROM t ORDER BY a, b;
SELECT count(DISTINCT a) AS da, count(DISTINCT b) AS db FROM t;
