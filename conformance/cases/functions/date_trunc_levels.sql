-- date_trunc truncates timestamps to a field and keeps the input type
SELECT date_trunc('hour', timestamp '2024-02-16 20:38:40.5') AS h, date_trunc('day', timestamp '2024-02-16 20:38:40') AS d, date_trunc('month', timestamp '2024-02-16 20:38:40') AS mon, date_trunc('year', timestamp '2024-02-16') AS y, date_trunc('week', timestamp '2024-02-16') AS w;
SET TimeZone = 'Asia/Kolkata';
SELECT date_trunc('day', timestamptz '2024-02-16 20:38:40+00') AS d_tz, date_trunc('hour', interval '2 days 03:45:10') AS iv;
SELECT date_trunc('fortnight', timestamp '2024-02-16');
