-- a subquery used as an expression returning more than one row fails with 21000
CREATE TABLE t (v int);
INSERT INTO t VALUES (1), (2);
SELECT 1 = (SELECT v FROM t);
UPDATE t SET v = (SELECT v FROM t);
SELECT v FROM t ORDER BY v;
