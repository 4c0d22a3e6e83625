-- numeric values are ordered by value, not by their text ('10' after '9')
CREATE TABLE t (id int, n numeric);
INSERT INTO t VALUES (1, 9), (2, 10), (3, 9.5), (4, -1), (5, 100.25);
SELECT id, n FROM t ORDER BY n;
SELECT id, n FROM t ORDER BY n DESC;
