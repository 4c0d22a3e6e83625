-- Replica identity FULL: updates and deletes carry the whole old row ('O').
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, name text, flag boolean);
ALTER TABLE t REPLICA IDENTITY FULL;
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, 'one', true), (2, NULL, false);
UPDATE t SET name = 'uno', flag = false WHERE id = 1;
UPDATE t SET id = 20 WHERE id = 2;
DELETE FROM t;
