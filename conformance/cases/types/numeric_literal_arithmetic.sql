-- decimal literals are numeric: sums are exact and keep trailing zeros
SELECT 0.1 + 0.2 AS a, 1.10 + 2.205 AS b, 2.50 * 4 AS c, 10.00 - 0.5 AS d, -1.5 * -2 AS e;
