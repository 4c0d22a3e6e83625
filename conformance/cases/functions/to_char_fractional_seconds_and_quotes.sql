-- milliseconds, microseconds and quoted literal text
SELECT to_char(timestamp '2024-03-05 07:08:09.123456', 'SS.MS') AS ms, to_char(timestamp '2024-03-05 07:08:09.123456', 'US') AS us, to_char(timestamp '2024-03-05 07:08:09', '"Year" YYYY "day" DDD') AS quoted;
