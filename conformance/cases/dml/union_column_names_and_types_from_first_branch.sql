-- a set operation takes column names from the first branch and resolves a common type
SELECT 1 AS first_name, 'a' AS label UNION ALL SELECT 2.5, 'b' ORDER BY 1;
SELECT 1 UNION SELECT 'x';
SELECT 1 AS a UNION SELECT 1, 2;
