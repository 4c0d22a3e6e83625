-- bad literal input for int, numeric, boolean, uuid and json fails with 22P02
CREATE TABLE t (i int, n numeric, b boolean, u uuid, j jsonb);
INSERT INTO t (i) VALUES ('one');
INSERT INTO t (n) VALUES ('1,5');
INSERT INTO t (b) VALUES ('maybe');
INSERT INTO t (u) VALUES ('1234');
INSERT INTO t (j) VALUES ('{');
INSERT INTO t VALUES ('1', '1.5', 'yes', '00000000-0000-0000-0000-000000000000', '{}');
SELECT i, n, b, u, j FROM t;
