-- invalid arguments to built-in functions fail with 22023 or 2201W
SELECT repeat('x', 2) AS fine;
SELECT generate_series(1, 10, 0);
SELECT split_part('a,b', ',', 0);
SELECT date_trunc('decade_of_nothing', timestamp '2024-01-01');
SELECT 1 AS ok LIMIT -1;
