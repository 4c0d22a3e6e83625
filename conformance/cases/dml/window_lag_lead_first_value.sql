-- lag, lead, first_value and last_value with an explicit full frame
CREATE TABLE t (d int, v int);
INSERT INTO t VALUES (1, 5), (2, 8), (3, 2);
SELECT d, lag(v) OVER w AS prev, lead(v, 1, -1) OVER w AS next, first_value(v) OVER w AS first, last_value(v) OVER (ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last FROM t WINDOW w AS (ORDER BY d) ORDER BY d;
