-- publish = 'insert': updates and deletes of the table are not streamed.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE PUBLICATION pub FOR TABLE t WITH (publish = 'insert');
-- @capture
INSERT INTO t VALUES (1, 'a');
UPDATE t SET v = 'b' WHERE id = 1;
DELETE FROM t WHERE id = 1;
INSERT INTO t VALUES (2, 'c');
