-- time prints HH:MM:SS with fractional seconds only when present and honours time(p)
SELECT '04:05'::time AS short, '04:05:06.789'::time AS frac, '4:05 PM'::time AS pm, '23:59:59.999999'::time AS max_frac;
SELECT '04:05:06.789'::time(1) AS p1, '04:05:06.5'::time(0) AS p0, '24:00:00'::time AS midnight_end;
SELECT '12:00'::time + interval '13 hours' AS wraps, '10:00'::time - '08:30'::time AS diff;
SELECT '25:00'::time;
