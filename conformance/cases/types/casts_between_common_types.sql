-- explicit casts between text, numbers, booleans and dates
SELECT '12'::int + 1 AS t2i, 12::text || 'x' AS i2t, 3.7::int AS n2i, 3::numeric(5,2) AS i2n, 2.5::float8::int AS f2i_even, 3.5::float8::int AS f2i_round;
SELECT 1::boolean AS i2b, true::int AS b2i, true::text AS b2t, 'abc'::varchar(2) AS trunc;
SELECT '2024-05-06'::date::timestamp AS d2ts, '2024-05-06 07:08:09'::timestamp::date AS ts2d, '2024-05-06 07:08:09'::timestamp::time AS ts2t;
SELECT CAST('42' AS bigint) AS cast_syntax, int '5' AS prefix_syntax, 10::float8 / 4 AS f;
SELECT 123.456::real::text AS real_text, 1e100::numeric::float8 AS n2f;
