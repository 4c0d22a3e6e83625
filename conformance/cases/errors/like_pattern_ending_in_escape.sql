-- a LIKE pattern that ends with the escape character is 22025
SELECT 'a' LIKE 'a\';
SELECT 'a' LIKE 'a' AS ok;
