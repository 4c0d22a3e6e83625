-- timestamptz is stored as an instant and printed in the session TimeZone
SET TimeZone = 'UTC';
CREATE TABLE t (at timestamptz);
INSERT INTO t VALUES ('2024-06-01 12:00:00+02'), ('2024-01-01 00:00:00.5-05:30');
SELECT at FROM t ORDER BY at;
SET TimeZone = 'Asia/Tokyo';
SELECT at FROM t ORDER BY at;
SET TimeZone = 'America/New_York';
SELECT at FROM t ORDER BY at;
SHOW TimeZone;
