-- an untyped NULL resolves to text in SELECT output and takes a type from a cast
SELECT NULL AS n, NULL::int AS ni, pg_typeof(NULL)::text AS t;
SELECT pg_typeof('a' || 'b')::text AS concat, pg_typeof(1::int2 + 1::int2)::text AS i2, pg_typeof(1 + 1.0)::text AS mixed, pg_typeof(1::int4 + 1::int8)::text AS widen;
SELECT pg_typeof(now())::text AS now_type, pg_typeof(current_date)::text AS date_type;
