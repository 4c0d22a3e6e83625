-- timestamp literal forms, including 'timestamp without time zone'
SELECT timestamp '2024-05-06 07:08:09' AS a, timestamp without time zone '2024-05-06' AS b, TIMESTAMP '2024-05-06T07:08:09.5' AS c;
