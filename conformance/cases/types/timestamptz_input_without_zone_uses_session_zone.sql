-- timestamptz input without an explicit offset is interpreted in the session TimeZone
SET TimeZone = 'Europe/Berlin';
SELECT '2024-01-15 10:00'::timestamptz AS winter, '2024-07-15 10:00'::timestamptz AS summer;
SELECT '2024-01-15 10:00'::timestamptz AT TIME ZONE 'UTC' AS as_utc;
SELECT '2024-01-15 10:00'::timestamp AT TIME ZONE 'UTC' AS from_utc;
SET TimeZone = '+03';
SELECT '2024-01-15 10:00Z'::timestamptz AS posix_offset;
SET TimeZone = 'UTC';
SELECT '2024-01-15 10:00'::timestamptz = '2024-01-15 11:00+01'::timestamptz AS same_instant;
