-- RENAME TO keeps columns, types and data; a taken name is 42P07
CREATE TABLE t (id int, v numeric(5,1));
CREATE TABLE other (x int);
INSERT INTO t VALUES (1, 2.5);
ALTER TABLE t RENAME TO other;
ALTER TABLE t RENAME TO t2;
SELECT id, v FROM t2;
SELECT relname FROM pg_class WHERE relname IN ('t', 't2', 'other') ORDER BY relname;
SELECT * FROM t;
