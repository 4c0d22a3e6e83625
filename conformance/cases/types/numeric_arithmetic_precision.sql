-- numeric arithmetic is exact and division picks a display scale
SELECT 0.1 + 0.2 AS sum, 0.1::numeric * 3 AS product, 1.000 - 0.5 AS diff;
SELECT 1::numeric / 3 AS third, 10::numeric / 4 AS quarter, 2::numeric / 3 * 3 AS round_trip;
SELECT 123456789012345678901234567890.123 + 1 AS big;
SELECT 'NaN'::numeric AS nan, 'NaN'::numeric = 'NaN'::numeric AS nan_eq;
SELECT 1::numeric / 0;
