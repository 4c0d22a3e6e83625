-- the % operator on numeric keeps the larger scale
SELECT 10.5 % 3 AS a, -7.25 % 2 AS b, 9 % 2.50 AS c;
