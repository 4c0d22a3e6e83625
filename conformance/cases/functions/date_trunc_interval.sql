-- date_trunc on intervals
SELECT date_trunc('hour', interval '1 day 05:45:10') AS h, date_trunc('day', interval '40 days 05:00') AS d, date_trunc('year', interval '2 years 5 months') AS y;
