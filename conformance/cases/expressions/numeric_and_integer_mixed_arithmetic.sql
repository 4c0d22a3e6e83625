-- mixing integer, numeric and float operands promotes to the wider type
SELECT 1 + 1.5 AS int_num, 3 / 2.0 AS num_div, 1 + 1.5::float8 AS int_float, 2::smallint * 3::bigint AS mixed_int;
SELECT pg_typeof(1 + 1.5)::text AS t1, pg_typeof(3 / 2.0)::text AS t2, pg_typeof(1.5 + 1.5::float4)::text AS t3, pg_typeof(2::smallint * 3)::text AS t4;
CREATE TABLE t (i int, n numeric(5,2), f float8);
INSERT INTO t VALUES (3, 1.25, 0.5);
SELECT i + n AS i_n, i * f AS i_f, n * f AS n_f, i / 2 AS int_div, n / 2 AS num_div FROM t;
