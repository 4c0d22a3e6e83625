-- ntile, percent_rank and cume_dist over four rows
CREATE TABLE t (v int);
INSERT INTO t VALUES (1), (2), (3), (4);
SELECT v, ntile(2) OVER (ORDER BY v) AS half, percent_rank() OVER (ORDER BY v) AS pr, cume_dist() OVER (ORDER BY v) AS cd FROM t ORDER BY v;
