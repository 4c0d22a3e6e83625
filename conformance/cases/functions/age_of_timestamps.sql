-- age() subtracts field by field, borrowing days from the earlier month
SELECT age(timestamp '2024-03-31', timestamp '2024-02-29') AS a, age(timestamp '2024-01-01', timestamp '2023-12-31 23:00') AS b, age(timestamp '2020-02-29', timestamp '2024-03-01') AS negative;
