-- a WHERE on DO UPDATE leaves the existing row untouched when it is false
CREATE TABLE t (id int PRIMARY KEY, version int, v text);
INSERT INTO t VALUES (1, 5, 'current');
INSERT INTO t VALUES (1, 3, 'older') ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, v = EXCLUDED.v WHERE t.version < EXCLUDED.version;
INSERT INTO t VALUES (1, 9, 'newer') ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, v = EXCLUDED.v WHERE t.version < EXCLUDED.version;
SELECT id, version, v FROM t;
