-- integer literals are int4 until they need int8 and then numeric
SELECT pg_typeof(1)::text AS small, pg_typeof(2147483648)::text AS big, pg_typeof(9223372036854775808)::text AS huge, pg_typeof(1.5)::text AS dec;
SELECT 2147483648 AS b, 9223372036854775808 AS n;
SELECT 7 / 2 AS int_div, 7 % 2 AS int_mod, -7 / 2 AS neg_div, -7 % 2 AS neg_mod;
