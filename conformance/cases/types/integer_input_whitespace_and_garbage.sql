-- integer input trims whitespace and accepts a sign, but rejects fractions and letters with 22P02
SELECT '  42  '::int AS padded, '+7'::int AS plus, '-0'::int AS neg_zero;
SELECT '4.5'::int;
SELECT 'abc'::int;
SELECT ''::int;
SELECT 4.5::int AS rounded_numeric_cast, 4.4::int AS down, (-4.5)::int AS neg;
