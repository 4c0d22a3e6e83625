-- comparisons between numeric expressions
SELECT 0.1 + 0.2 = 0.3 AS exact, 1.10 = 1.1 AS scale_free, 10.0 > 9.99 AS gt, 2.5 * 2 = 5 AS mixed;
