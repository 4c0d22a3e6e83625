-- SET SCHEMA moves the table; its rows follow
CREATE SCHEMA s2;
CREATE TABLE t (id int PRIMARY KEY);
INSERT INTO t VALUES (1);
ALTER TABLE t SET SCHEMA s2;
SELECT id FROM s2.t;
SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 't';
SELECT * FROM t;
ALTER TABLE s2.t SET SCHEMA nope;
