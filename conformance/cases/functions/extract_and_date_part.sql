-- extract returns numeric fields of dates, timestamps and intervals, date_part returns float8
SELECT extract(year FROM timestamp '2024-02-16 20:38:40.25') AS y, extract(month FROM date '2024-02-16') AS m, extract(day FROM date '2024-02-16') AS d, extract(second FROM timestamp '2024-02-16 20:38:40.25') AS s;
SELECT extract(dow FROM date '2024-02-18') AS dow, extract(isodow FROM date '2024-02-18') AS isodow, extract(doy FROM date '2024-02-16') AS doy, extract(week FROM date '2024-02-16') AS week, extract(quarter FROM date '2024-08-01') AS q;
SELECT extract(epoch FROM timestamptz '2024-01-01 00:00:00+00') AS epoch, extract(epoch FROM interval '1 day 1 hour') AS iv_epoch, extract(hour FROM interval '30 hours') AS iv_hour;
SELECT date_part('hour', timestamp '2024-02-16 20:38:40') AS dp, pg_typeof(date_part('hour', timestamp '2024-02-16'))::text AS dp_type, pg_typeof(extract(hour FROM timestamp '2024-02-16'))::text AS ex_type;
