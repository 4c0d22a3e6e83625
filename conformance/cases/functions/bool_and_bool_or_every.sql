-- bool_and, bool_or and every aggregate booleans ignoring NULLs
CREATE TABLE t (g int, b boolean);
INSERT INTO t VALUES (1, true), (1, true), (2, true), (2, false), (3, NULL);
SELECT g, bool_and(b) AS all_true, bool_or(b) AS any_true, every(b) AS every FROM t GROUP BY g ORDER BY g;
