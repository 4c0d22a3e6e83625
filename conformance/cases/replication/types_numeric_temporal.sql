-- Tuple values in Postgres's text output: numeric scales, dates, times, timestamps, intervals.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, n numeric, n2 numeric(10,3), r real, d double precision, dt date, tm time,
  ts timestamp, tstz timestamptz, iv interval);
CREATE PUBLICATION pub FOR TABLE t;
SET TimeZone = 'UTC';
-- @capture
INSERT INTO t VALUES (1, 12.50, 3.1, 1.5, 0.1, '2024-02-29', '13:45:01.25', '2024-01-02 03:04:05.123456',
  '2024-01-02 03:04:05+02', '1 day 02:03:04');
INSERT INTO t VALUES (2, -0.000100, 1000, -2, 1e20, '1999-12-31', '00:00', '2000-01-01', '2000-01-01 00:00:00+00', '3 months');
INSERT INTO t (id) VALUES (3);
