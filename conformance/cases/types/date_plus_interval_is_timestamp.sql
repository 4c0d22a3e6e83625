-- date + interval is a timestamp; date + time too
SELECT date '2024-01-31' + interval '1 month' AS a, date '2024-01-01' + time '10:30' AS b, pg_typeof(date '2024-01-01' + interval '1 day')::text AS t;
