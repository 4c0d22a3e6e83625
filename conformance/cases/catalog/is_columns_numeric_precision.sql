-- numeric precision, radix and scale for integers, floats and numeric(p,s)
CREATE TABLE t (a int2, b int4, c int8, d float4, e float8, f numeric(10,3), g numeric);
SELECT column_name::text, numeric_precision::int, numeric_precision_radix::int, numeric_scale::int FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position;
