-- numeric 'text' and CAST give numeric values with their own scale
SELECT numeric '1.50' AS a, CAST('2.000' AS numeric) AS b, '3.14159'::numeric(4,2) AS c;
