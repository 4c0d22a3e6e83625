-- casts with bad input raise 22P02, casts with no conversion raise 42846, out-of-range casts raise 22003
SELECT 'abc'::numeric;
SELECT '1.5x'::float8;
SELECT 'yesno'::boolean;
SELECT 1::date;
SELECT true::date;
SELECT 70000::smallint;
SELECT 'ok'::text AS ok;
