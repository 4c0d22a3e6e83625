-- arithmetic on numeric columns follows the operand scales
CREATE TABLE t (a numeric(10,2), b numeric(10,3));
INSERT INTO t VALUES (1.50, 2.125);
SELECT a + b AS s, a - b AS d, a * b AS p, a * 2 AS twice, b - 1 AS minus_one FROM t;
