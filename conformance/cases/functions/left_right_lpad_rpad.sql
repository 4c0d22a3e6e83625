-- left and right take or drop characters, lpad and rpad pad or truncate to a length
SELECT left('abcde', 2) AS l2, left('abcde', -2) AS l_neg, right('abcde', 2) AS r2, right('abcde', -2) AS r_neg;
SELECT lpad('hi', 5) AS lp, lpad('hi', 5, 'xy') AS lp_fill, rpad('hi', 5, '.') AS rp, lpad('hello', 3) AS truncates, rpad('', 2, '*') AS empty_src;
CREATE TABLE t (n int);
INSERT INTO t VALUES (7), (42), (123);
SELECT lpad(n::text, 4, '0') AS padded, rpad(n::text, 4, '*') AS rpadded FROM t ORDER BY n;
