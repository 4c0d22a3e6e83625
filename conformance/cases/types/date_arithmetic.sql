-- date minus date gives integer days, date plus integer gives a date, date plus interval gives a timestamp
SELECT '2024-03-01'::date - '2024-02-01'::date AS days, '2024-02-28'::date + 1 AS next_day, '2024-01-01'::date - 1 AS prev_day;
SELECT '2024-01-31'::date + interval '1 month' AS plus_month, pg_typeof('2024-01-31'::date + interval '1 month')::text AS t;
SELECT '2024-01-01'::date + time '10:30' AS at_time;
SELECT '2024-01-01'::date < '2024-01-02'::date AS lt;
