-- ON CONFLICT ON CONSTRAINT targets a named unique constraint, a column list with no matching unique index fails with 42P10
CREATE TABLE t (a int, b int, v text, CONSTRAINT t_ab UNIQUE (a, b));
INSERT INTO t VALUES (1, 1, 'x');
INSERT INTO t VALUES (1, 1, 'y') ON CONFLICT ON CONSTRAINT t_ab DO UPDATE SET v = EXCLUDED.v;
INSERT INTO t VALUES (1, 1, 'z') ON CONFLICT (a) DO NOTHING;
SELECT a, b, v FROM t;
