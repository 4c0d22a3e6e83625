-- generate_series over numeric values
SELECT n FROM generate_series(1.0, 2.0, 0.5) AS n;
