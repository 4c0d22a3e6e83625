-- when one row of a multi-row INSERT violates a constraint no row of the statement is kept
CREATE TABLE t (id int PRIMARY KEY);
INSERT INTO t VALUES (1), (2), (1), (3);
SELECT count(*) FROM t;
INSERT INTO t VALUES (1), (2), (3);
SELECT count(*) FROM t;
