-- a duplicate primary key fails with 23505 and the session keeps working
CREATE TABLE t (id int PRIMARY KEY, v text);
INSERT INTO t VALUES (1, 'a');
INSERT INTO t VALUES (1, 'b');
UPDATE t SET id = 1;
INSERT INTO t VALUES (2, 'c');
SELECT id, v FROM t ORDER BY id;
