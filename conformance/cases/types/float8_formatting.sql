-- double precision prints the shortest exact form, with exponents for large and small values
SELECT 0.1::float8 AS tenth, 1e20::float8 AS big, 1e-7::float8 AS small, 123456789012345678::float8 AS long_int;
SELECT 0.1::float8 + 0.2::float8 AS inexact, 1.0::float8 AS one, -0.0::float8 AS neg_zero, 1e15::float8 AS e15, 1e16::float8 AS e16;
SELECT 'NaN'::float8 AS nan, 'Infinity'::float8 AS inf, '-Infinity'::float8 AS ninf, 'inf'::float8 AS short_inf;
SELECT 'NaN'::float8 = 'NaN'::float8 AS nan_eq, 'NaN'::float8 > 'Infinity'::float8 AS nan_largest;
