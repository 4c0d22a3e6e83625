-- publish = 'insert, update, delete' (no truncate): TRUNCATE sends nothing.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE t WITH (publish = 'insert, update, delete');
-- @capture
INSERT INTO t VALUES (1);
TRUNCATE t;
INSERT INTO t VALUES (2);
