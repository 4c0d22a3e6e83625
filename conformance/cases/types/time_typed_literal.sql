-- time literals and casts
SELECT time '04:05:06' AS a, time '23:59' AS b, '12:00:00.5'::time AS c;
