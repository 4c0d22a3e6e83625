-- interval + interval, interval * number, interval / number
SELECT interval '1 day' + interval '2 hours' AS a, interval '3 hours' - interval '4 hours' AS b, interval '2 days' * 3 AS c, interval '1 day' / 4 AS d, 2 * interval '1 month' AS e;
