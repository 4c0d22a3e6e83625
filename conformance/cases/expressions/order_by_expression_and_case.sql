-- ORDER BY accepts expressions, CASE and columns not in the select list
CREATE TABLE t (name text, prio text, n int);
INSERT INTO t VALUES ('a', 'low', 3), ('b', 'high', 1), ('c', 'mid', 2), ('d', 'high', 5);
SELECT name FROM t ORDER BY CASE prio WHEN 'high' THEN 1 WHEN 'mid' THEN 2 ELSE 3 END, n DESC;
SELECT name FROM t ORDER BY n % 2, n;
SELECT name, n * -1 AS neg FROM t ORDER BY neg;
