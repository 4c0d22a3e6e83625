-- Replica identity NOTHING: inserts stream; an UPDATE or DELETE of a published table fails in the writer
-- (55000), so nothing of it streams.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, v text);
ALTER TABLE t REPLICA IDENTITY NOTHING;
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, 'a');
UPDATE t SET v = 'b' WHERE id = 1;
DELETE FROM t WHERE id = 1;
INSERT INTO t VALUES (2, 'c');
