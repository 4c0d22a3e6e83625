-- fields of an interval
SELECT extract(day FROM interval '3 days 04:05:06') AS d, extract(hour FROM interval '3 days 04:05:06') AS h, extract(epoch FROM interval '1 day 1 second') AS e, extract(month FROM interval '14 months') AS m, extract(year FROM interval '14 months') AS y;
