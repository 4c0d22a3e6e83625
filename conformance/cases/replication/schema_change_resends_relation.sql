-- ALTER TABLE ADD COLUMN between changes: the Relation is sent again with the new column.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, 'a');
ALTER TABLE t ADD COLUMN extra int;
INSERT INTO t VALUES (2, 'b', 7);
UPDATE t SET extra = 8 WHERE id = 1;
