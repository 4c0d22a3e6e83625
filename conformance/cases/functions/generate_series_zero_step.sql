-- a zero step is 22023
SELECT * FROM generate_series(1, 5, 0);
