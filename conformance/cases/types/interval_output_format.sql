-- intervals print in the postgres style with years, mons, days and a time part
SELECT '1 year 2 months 3 days 04:05:06'::interval AS full, '90 minutes'::interval AS minutes, '36 hours'::interval AS hours_stay;
SELECT '-1 day +02:00'::interval AS mixed_sign, '1.5 days'::interval AS frac_day, '0'::interval AS zero;
SELECT 'P1Y2M3DT4H5M6S'::interval AS iso8601, '2 weeks'::interval AS weeks, '1 millisecond'::interval AS ms;
SELECT interval '1 day' - interval '1 hour' AS day_minus_hour, interval '1 hour' * 2.5 AS scaled, interval '1 month' / 2 AS halved;
SELECT 'one day'::interval;
