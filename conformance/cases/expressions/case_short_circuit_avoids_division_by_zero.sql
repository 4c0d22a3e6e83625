-- CASE does not evaluate branches whose condition is false for the row
CREATE TABLE t (a int, b int);
INSERT INTO t VALUES (10, 2), (5, 0);
SELECT a, b, CASE WHEN b = 0 THEN NULL ELSE a / b END AS ratio FROM t ORDER BY a;
SELECT a / b FROM t ORDER BY a;
