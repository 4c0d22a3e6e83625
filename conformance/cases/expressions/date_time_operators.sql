-- operators mixing dates, timestamps and intervals
SELECT timestamp '2024-01-31 10:00' + interval '1 month' AS ts_plus_month, timestamp '2024-03-31' - interval '1 month' AS ts_minus_month;
SELECT date '2024-12-31' + 1 AS next_year, date '2024-03-10' - date '2023-03-10' AS days_between;
SELECT interval '1 day' * 3 AS tripled, -interval '2 hours' AS negated, time '10:00' + interval '90 minutes' AS later;
SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-15', date '2024-03-01') AS overlaps;
