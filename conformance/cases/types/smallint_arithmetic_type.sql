-- smallint op smallint stays smallint; mixed with integer it widens
SELECT pg_typeof(1::smallint + 1::smallint)::text AS ss, pg_typeof(1::smallint + 1)::text AS si, pg_typeof(1 + 1::bigint)::text AS ib;
SELECT 32767::smallint + 1::smallint;
