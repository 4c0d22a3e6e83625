-- publish = 'update, delete': inserts are filtered out, the rest streams.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE PUBLICATION pub FOR TABLE t WITH (publish = 'update, delete');
-- @capture
INSERT INTO t VALUES (1, 'a');
UPDATE t SET v = 'b' WHERE id = 1;
DELETE FROM t WHERE id = 1;
