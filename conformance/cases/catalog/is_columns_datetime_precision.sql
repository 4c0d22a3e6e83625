-- datetime_precision of date/time columns
CREATE TABLE t (a date, b timestamp, c timestamptz(3), d time(0), e interval);
SELECT column_name::text, datetime_precision::int FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position;
