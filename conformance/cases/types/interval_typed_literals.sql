-- interval literals in postgres style print normalized
SELECT interval '90 minutes' AS a, interval '1 year 2 months 3 days' AS b, interval '-1 day 2 hours' AS c, interval '1.5 days' AS d;
