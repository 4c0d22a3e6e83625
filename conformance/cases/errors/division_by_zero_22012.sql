-- integer, numeric and modulo division by zero fail with 22012
SELECT 1 / 0;
SELECT 1.5 / 0;
SELECT 5 % 0;
SELECT 0 / 1 AS zero_numerator;
CREATE TABLE t (a int, b int);
INSERT INTO t VALUES (1, 0);
SELECT a / b FROM t;
SELECT a / nullif(b, 0) AS safe FROM t;
