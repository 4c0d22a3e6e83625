-- SELECT without FROM evaluates expressions once and names them ?column? or after the function
SELECT 1;
SELECT 1 + 1, 'a' || 'b', upper('x');
SELECT 1 AS one, 2 AS "Two";
SELECT;
