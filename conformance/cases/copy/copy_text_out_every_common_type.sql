-- COPY TO STDOUT in text format: every common type formatted as Postgres's output functions do, escaped for text
CREATE TABLE t (id int PRIMARY KEY, b bool, i2 int2, i4 int4, i8 int8, f4 float4, f8 float8, n numeric, n2 numeric(10,2), tx text, vc varchar(20), bp char(5), by bytea, d date, tm time, ts timestamp, tz timestamptz, iv interval, u uuid, js json, jb jsonb, ai int4[], at text[]);
INSERT INTO t VALUES
  (1, true, 32767, -2147483648, 9223372036854775807, 1.5, 3.141592653589793, 12345.678900, 12.3, 'plain', 'var', 'ab', '\x00ff10', '2024-02-29', '13:45:07.123456', '2024-02-29 13:45:07.5', '2024-02-29 13:45:07.5+02', '1 year 2 mons 3 days 04:05:06.7', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"b": 1, "a": [1, 2]}', '{"b": 1, "a": [1, 2]}', '{1,2,3}', '{x,"y z",NULL}'),
  (2, false, -1, 0, -1, -0.25, 1e300, -0.001, -99999999.99, E'tab\there\nnew line\\back', 'with,comma "q"', 'x', '', '1999-12-31', '00:00:00', '1970-01-01 00:00:00', '2000-01-01 00:00:00+00', '-1 days -00:00:01', '00000000-0000-0000-0000-000000000000', '[]', '{}', '{}', '{""}'),
  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
COPY t TO STDOUT;
COPY t (id, tx, by, tz) TO STDOUT WITH (DELIMITER '|', NULL 'NULL');
COPY (SELECT id, n * 2 AS twice, tx || '!' AS shout FROM t ORDER BY id DESC) TO STDOUT;
SET TimeZone = 'America/New_York';
COPY (SELECT id, tz FROM t ORDER BY id) TO STDOUT;
