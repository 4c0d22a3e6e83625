-- stddev, variance and percentile_cont/disc on a small set
CREATE TABLE t (v numeric);
INSERT INTO t VALUES (2), (4), (4), (4), (5), (5), (7), (9);
SELECT stddev_pop(v) AS sp, var_pop(v) AS vp, stddev(v) AS ss, variance(v) AS vs FROM t;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS median_cont, percentile_disc(0.5) WITHIN GROUP (ORDER BY v) AS median_disc, mode() WITHIN GROUP (ORDER BY v) AS mode FROM t;
