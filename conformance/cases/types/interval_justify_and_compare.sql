-- interval comparison treats 1 day as 24 hours and 1 month as 30 days, justify functions normalize
SELECT interval '1 day' = interval '24 hours' AS day_eq, interval '1 month' = interval '30 days' AS month_eq;
SELECT justify_hours(interval '50 hours') AS jh, justify_days(interval '40 days') AS jd, justify_interval(interval '1 month -1 hour') AS ji;
SELECT timestamp '2024-01-01 00:00' - timestamp '2023-12-30 12:00' AS ts_diff;
