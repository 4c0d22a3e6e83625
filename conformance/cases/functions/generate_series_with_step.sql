-- generate_series with positive and negative steps
SELECT n FROM generate_series(1, 10, 3) AS n;
SELECT n FROM generate_series(5, -5, -5) AS n;
SELECT count(*) AS c FROM generate_series(1, 100) AS n;
