-- pg_typeof names the type of an expression
SELECT pg_typeof(1)::text AS i, pg_typeof(1.5)::text AS n, pg_typeof('x'::text)::text AS t, pg_typeof(true)::text AS b, pg_typeof(1::bigint * 2)::text AS b2, pg_typeof(now())::text AS ts;
