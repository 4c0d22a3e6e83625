-- real prints the shortest exact single-precision form
SELECT 0.1::real AS tenth, 1e20::real AS big, 3.14159265358979::real AS pi, 16777217::real AS rounded_int;
SELECT 'NaN'::real AS nan, '-Infinity'::real AS ninf, 0.1::real::float8 AS widened;
SELECT 1e39::real;
