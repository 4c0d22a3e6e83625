-- adding a day to a timestamptz keeps local wall-clock time across a DST change, adding 24 hours does not
SET TimeZone = 'America/New_York';
SELECT timestamptz '2024-03-09 12:00' + interval '1 day' AS plus_day, timestamptz '2024-03-09 12:00' + interval '24 hours' AS plus_24h;
SELECT timestamptz '2024-03-11 00:00' - timestamptz '2024-03-10 00:00' AS dst_day_length;
SET TimeZone = 'UTC';
SELECT timestamptz '2024-03-09 12:00' + interval '1 day' AS utc_plus_day;
