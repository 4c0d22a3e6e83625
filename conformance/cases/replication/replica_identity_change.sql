-- Changing the replica identity between changes re-sends the Relation with the new identity and key flags.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, 'a');
ALTER TABLE t REPLICA IDENTITY FULL;
UPDATE t SET v = 'b' WHERE id = 1;
ALTER TABLE t REPLICA IDENTITY DEFAULT;
DELETE FROM t WHERE id = 1;
