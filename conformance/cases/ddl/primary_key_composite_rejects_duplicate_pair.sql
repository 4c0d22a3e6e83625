-- a composite primary key allows repeats of one column but not of the pair
CREATE TABLE t (a int, b int, PRIMARY KEY (a, b));
INSERT INTO t VALUES (1, 1), (1, 2), (2, 1);
INSERT INTO t VALUES (1, 2);
INSERT INTO t VALUES (NULL, 3);
SELECT a, b FROM t ORDER BY a, b;
