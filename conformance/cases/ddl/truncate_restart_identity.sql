-- TRUNCATE RESTART IDENTITY empties the table and resets its serial sequence
CREATE TABLE t (id serial, v text);
INSERT INTO t (v) VALUES ('a'), ('b'), ('c');
TRUNCATE t RESTART IDENTITY;
SELECT count(*) FROM t;
INSERT INTO t (v) VALUES ('d') RETURNING id, v;
