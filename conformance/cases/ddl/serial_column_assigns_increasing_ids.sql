-- serial columns draw from their own sequence and explicit values do not advance it
CREATE TABLE t (id serial PRIMARY KEY, v text);
INSERT INTO t (v) VALUES ('a'), ('b');
INSERT INTO t (id, v) VALUES (10, 'explicit');
INSERT INTO t (v) VALUES ('c') RETURNING id;
SELECT id, v FROM t ORDER BY id;
SELECT currval('t_id_seq');
