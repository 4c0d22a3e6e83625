-- precedence with mixed numeric and integer operands
SELECT 1 + 2 * 3.0 AS a, (1 + 2) * 3.0 AS b, 10 - 2 - 3.5 AS c, 2 * 3 % 4 AS d, 1.5 * 2 + 1 AS e;
