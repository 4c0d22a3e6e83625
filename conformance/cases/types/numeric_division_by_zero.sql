-- numeric and integer division by zero fail with 22012
SELECT 1.5 / 0;
SELECT 1 / 0;
SELECT 5 % 0;
SELECT 1 AS still_working;
