-- DO UPDATE cannot affect the same row twice in one command (21000)
CREATE TABLE t (id int PRIMARY KEY, v text);
INSERT INTO t VALUES (1, 'a'), (1, 'b') ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v;
SELECT count(*) FROM t;
INSERT INTO t VALUES (1, 'a'), (1, 'b') ON CONFLICT (id) DO NOTHING;
SELECT id, v FROM t;
