-- casting timestamptz to timestamp and date uses the session TimeZone
SET TimeZone = 'Pacific/Auckland';
SELECT '2024-03-01 02:00:00+00'::timestamptz::timestamp AS local_ts, '2024-03-01 20:00:00+00'::timestamptz::date AS local_date;
SELECT '2024-03-01 00:00'::timestamp::timestamptz AS ts_to_tz;
SET TimeZone = 'UTC';
SELECT '2024-03-01 20:00:00+00'::timestamptz::date AS utc_date;
