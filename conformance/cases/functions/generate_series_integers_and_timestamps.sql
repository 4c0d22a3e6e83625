-- generate_series over integers with steps and over timestamps with an interval step
SELECT n FROM generate_series(1, 5) AS n ORDER BY n;
SELECT n FROM generate_series(10, 1, -4) AS n ORDER BY n DESC;
SELECT n FROM generate_series(5, 1) AS n;
SELECT n FROM generate_series(0, 1, 0.25) AS n ORDER BY n;
SELECT ts FROM generate_series(timestamp '2024-01-30', timestamp '2024-02-02', interval '1 day') AS ts ORDER BY ts;
SELECT n FROM generate_series(1, 3, 0) AS n;
