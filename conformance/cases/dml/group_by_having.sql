-- GROUP BY with aggregates and HAVING filters groups
CREATE TABLE sales (region text, amount int);
INSERT INTO sales VALUES ('east', 10), ('east', 20), ('west', 5), ('north', 100), ('west', 1);
SELECT region, count(*) AS n, sum(amount) AS total, min(amount), max(amount) FROM sales GROUP BY region ORDER BY region;
SELECT region, sum(amount) AS total FROM sales GROUP BY region HAVING sum(amount) > 10 ORDER BY total DESC;
SELECT count(*) AS groups FROM (SELECT region FROM sales GROUP BY 1) g;
