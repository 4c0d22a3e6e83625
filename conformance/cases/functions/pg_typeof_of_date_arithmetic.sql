-- pg_typeof of date and time arithmetic results
SELECT pg_typeof(date '2024-01-01' + 1)::text AS a, pg_typeof(date '2024-01-02' - date '2024-01-01')::text AS b, pg_typeof(timestamp '2024-01-01' - timestamp '2023-01-01')::text AS c, pg_typeof(interval '1 day' * 2)::text AS d;
