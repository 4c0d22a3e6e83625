-- dividing a numeric column by zero fails at the row
CREATE TABLE t (n numeric);
INSERT INTO t VALUES (1.5), (0);
SELECT n / 0 FROM t;
SELECT 1 / n FROM t;
