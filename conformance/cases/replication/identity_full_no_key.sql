-- A table without a primary key under FULL identity: updates and deletes still stream, with the old row.
-- replication: publication=pub
CREATE TABLE t (a int, b text);
ALTER TABLE t REPLICA IDENTITY FULL;
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, 'x'), (1, 'y');
UPDATE t SET b = 'z' WHERE b = 'x';
DELETE FROM t WHERE b = 'y';
