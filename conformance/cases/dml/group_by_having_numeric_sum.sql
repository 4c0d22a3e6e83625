-- HAVING on a numeric sum
CREATE TABLE sales (region text, amount numeric(10,2));
INSERT INTO sales VALUES ('n', 5.50), ('n', 4.60), ('s', 9.00), ('e', 20.00);
SELECT region, sum(amount) AS total FROM sales GROUP BY region HAVING sum(amount) > 10 ORDER BY region;
