-- intervals compare by their length with months as 30 days and days as 24 hours
SELECT interval '1 day' = interval '24 hours' AS a, interval '1 month' = interval '30 days' AS b, interval '1 hour' < interval '59 minutes' AS c, interval '2 days' > interval '47 hours' AS d;
