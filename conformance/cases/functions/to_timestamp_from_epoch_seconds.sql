-- to_timestamp(double precision): Unix epoch seconds to timestamptz, rounded to microseconds
SET TimeZone = 'UTC';
SELECT to_timestamp(0) AS epoch, to_timestamp(1700000000.5) AS half, to_timestamp(1700000009123 / 1000.0) AS from_ms;
SELECT to_timestamp(-1.25) AS before_epoch, to_timestamp('Infinity'::float8) AS inf;
SET TimeZone = 'America/New_York';
SELECT to_timestamp(86400 * 365.25 * 30) AS thirty_years;
SELECT to_timestamp('NaN'::float8);
