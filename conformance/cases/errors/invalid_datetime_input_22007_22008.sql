-- unparseable dates fail with 22007 and out-of-range fields with 22008
SELECT 'not a date'::date;
SELECT '2024-02-30'::date;
SELECT '2024-01-01 24:00:01'::timestamp;
SELECT '12:61'::time;
SELECT 'xyz'::timestamptz;
SELECT '2024-02-29'::date AS leap_ok;
