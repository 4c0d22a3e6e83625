-- Literals of the common types: RowDescription type OIDs and typmods, text output format.
SELECT 1;
SELECT 1 AS one, 'two'::text AS two, 3::int8 AS three, NULL AS nothing;
SELECT 1.50::numeric(10,2) AS price, 2.5::float8 AS f, true AS t, false AS f2;
SELECT 'x'::varchar(10) AS v, 'ab'::char(4) AS c, '2024-02-29'::date AS d;
SELECT ARRAY[1, 2, NULL] AS arr, '{"b": 1, "a": [1, 2]}'::jsonb AS j;
