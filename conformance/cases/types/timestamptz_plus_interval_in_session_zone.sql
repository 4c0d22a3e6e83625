-- timestamptz + interval '1 day' keeps the wall-clock time across a DST change in the session zone
SET TimeZone = 'America/New_York';
SELECT timestamptz '2024-03-09 12:00' + interval '1 day' AS plus_day, timestamptz '2024-03-09 12:00' + interval '24 hours' AS plus_24h;
SELECT timestamptz '2024-11-02 12:00' + interval '1 day' AS fall_back;
