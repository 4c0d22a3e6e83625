-- round and trunc on numeric and float, with and without a scale
SELECT round(42.4382, 2) AS r2, round(2.5) AS half_up, round(-2.5) AS neg_half, round(1234.5678, -2) AS r_neg, trunc(42.4382, 2) AS t2, trunc(-42.8) AS t_neg;
SELECT round(2.5::float8) AS f_half_even, round(3.5::float8) AS f_half_even2, trunc(2.7::float8) AS ft, round(0.125::numeric, 2) AS nr;
SELECT pg_typeof(round(2.5::float8))::text AS float_round_type, pg_typeof(round(2.5))::text AS numeric_round_type;
