-- float division by zero fails with 22012 and overflow with 22003
SELECT 1.0::float8 / 0;
SELECT 1e308::float8 * 10;
SELECT '1e400'::float8;
SELECT 'Infinity'::float8 - 'Infinity'::float8 AS inf_minus_inf;
SELECT 5.0::float8 / 2 AS half;
