-- now() stays the same across statements in one transaction while clock_timestamp() moves
CREATE TABLE t (step int, at timestamptz, clk timestamptz);
BEGIN;
INSERT INTO t VALUES (1, now(), clock_timestamp());
SELECT pg_sleep(0.01);
INSERT INTO t VALUES (2, now(), clock_timestamp());
COMMIT;
SELECT count(DISTINCT at) AS distinct_now, count(DISTINCT clk) AS distinct_clock FROM t;
