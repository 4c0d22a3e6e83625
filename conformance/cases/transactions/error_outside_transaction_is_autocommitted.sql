-- in autocommit mode a failed statement does not affect earlier or later statements
CREATE TABLE t (v int PRIMARY KEY);
INSERT INTO t VALUES (1);
INSERT INTO t VALUES (1);
INSERT INTO t VALUES (2);
SELECT v FROM t ORDER BY v;
