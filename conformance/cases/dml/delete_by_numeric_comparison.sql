-- DELETE with a numeric comparison removes by value
CREATE TABLE t (id int, n numeric);
INSERT INTO t VALUES (1, 9), (2, 10), (3, 11.5);
DELETE FROM t WHERE n >= 10;
SELECT id, n FROM t ORDER BY id;
