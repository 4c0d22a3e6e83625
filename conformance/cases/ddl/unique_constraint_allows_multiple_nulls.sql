-- a UNIQUE column accepts several NULLs but not two equal values
CREATE TABLE t (id int, code text UNIQUE);
INSERT INTO t VALUES (1, NULL), (2, NULL), (3, 'a');
INSERT INTO t VALUES (4, 'a');
SELECT id, code FROM t ORDER BY id;
