-- NULL into a NOT NULL or primary key column fails with 23502
CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO t VALUES (NULL, 'x');
INSERT INTO t VALUES (1, NULL);
INSERT INTO t (id) VALUES (2);
SELECT count(*) FROM t;
