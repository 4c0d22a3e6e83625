-- A TRUNCATE inside a transaction with inserts around it: one Begin…Commit, in statement order.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR ALL TABLES;
-- @capture
INSERT INTO t VALUES (1);
BEGIN;
INSERT INTO t VALUES (2);
TRUNCATE t;
INSERT INTO t VALUES (3);
COMMIT;
