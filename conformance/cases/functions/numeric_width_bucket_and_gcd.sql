-- width_bucket, gcd, lcm, factorial and scale on numeric values
SELECT width_bucket(5.35, 0.024, 10.06, 5) AS wb, gcd(1071, 462) AS g, lcm(4, 6) AS l, factorial(5) AS f, scale(8.4100) AS sc;
SELECT trim_scale(8.4100) AS ts, min_scale(8.4100) AS ms;
CREATE TABLE t (v numeric);
INSERT INTO t VALUES (0.5), (2.5), (9.99), (10), (-1);
SELECT v, width_bucket(v, 0, 10, 4) AS bucket FROM t ORDER BY v;
