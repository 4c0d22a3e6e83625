-- generate_series in the select list makes one row per value
SELECT generate_series(1, 4) AS n;
SELECT generate_series(3, 1, -1);
