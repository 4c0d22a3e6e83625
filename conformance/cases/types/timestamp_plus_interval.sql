-- timestamp ± interval adds months first, clamping to the month's end, then days and time
SELECT timestamp '2024-01-31 12:00' + interval '1 month' AS a, timestamp '2024-03-31' - interval '1 month' AS b, timestamp '2024-01-01 23:30' + interval '1 hour' AS c, timestamp '2023-02-28' + interval '1 year 1 day' AS d;
