-- justify_days, justify_hours, justify_interval
SELECT justify_days(interval '65 days') AS jd, justify_hours(interval '27 hours') AS jh, justify_interval(interval '1 mon -1 day') AS ji, justify_hours(interval '-27 hours') AS neg;
