-- comparisons with NULL yield NULL, IS DISTINCT FROM treats NULLs as equal values
SELECT 1 = 1 AS eq, 1 <> 2 AS ne, 1 != 1 AS ne2, 2 >= 2 AS ge, NULL = NULL AS null_eq, 1 < NULL AS lt_null;
SELECT NULL IS NULL AS isnull, 1 IS NOT NULL AS notnull, NULL IS DISTINCT FROM NULL AS dist_nulls, 1 IS DISTINCT FROM NULL AS dist_one, 1 IS NOT DISTINCT FROM 1 AS same;
SELECT 5 BETWEEN 1 AND 10 AS btw, 5 NOT BETWEEN 6 AND 10 AS nbtw, 5 BETWEEN SYMMETRIC 10 AND 1 AS sym;
