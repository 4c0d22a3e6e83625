-- UPDATE can set several columns, including with the (a, b) = (...) form using the old values
CREATE TABLE t (id int, a int, b int);
INSERT INTO t VALUES (1, 1, 2);
UPDATE t SET a = b, b = a;
SELECT id, a, b FROM t;
UPDATE t SET (a, b) = (a + 10, b + 20);
SELECT id, a, b FROM t;
UPDATE t SET (a, b) = (SELECT 7, 8);
SELECT id, a, b FROM t;
