-- COPY TO STDOUT (FORMAT binary): PGCOPY header, one CopyData per tuple, each value in its type's send format
CREATE TABLE t (id int PRIMARY KEY, b bool, i2 int2, i4 int4, i8 int8, f4 float4, f8 float8, n numeric, n2 numeric(10,2), tx text, vc varchar(20), bp char(5), by bytea, d date, tm time, ts timestamp, tz timestamptz, iv interval, u uuid, js json, jb jsonb, ai int4[], at text[]);
INSERT INTO t VALUES
  (1, true, 32767, -2147483648, 9223372036854775807, 1.5, 3.141592653589793, 12345.678900, 12.3, 'plain', 'var', 'ab', '\x00ff10', '2024-02-29', '13:45:07.123456', '2024-02-29 13:45:07.5', '2024-02-29 13:45:07.5+02', '1 year 2 mons 3 days 04:05:06.7', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"b": 1, "a": [1, 2]}', '{"b": 1, "a": [1, 2]}', '{1,2,3}', '{x,"y z",NULL}'),
  (2, false, -1, 0, -1, -0.25, 1e300, -0.001, -99999999.99, E'tab\there\nnew line\\back', 'with,comma "q"', 'x', '', '1999-12-31', '00:00:00', '1970-01-01 00:00:00', '2000-01-01 00:00:00+00', '-1 days -00:00:01', '00000000-0000-0000-0000-000000000000', '[]', '{}', '{}', '{""}'),
  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
COPY t TO STDOUT WITH (FORMAT binary);
COPY (SELECT id, tx, n FROM t WHERE id = 2) TO STDOUT WITH (FORMAT binary);
COPY (SELECT id FROM t WHERE false) TO STDOUT WITH (FORMAT binary);
COPY t (id, f4, f8) TO STDOUT BINARY;
