-- Replica identity USING INDEX: the unique index's columns are the key, not the primary key.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, code text NOT NULL, label text);
CREATE UNIQUE INDEX t_code_key ON t (code);
ALTER TABLE t REPLICA IDENTITY USING INDEX t_code_key;
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, 'a', 'first');
UPDATE t SET label = 'changed' WHERE id = 1;
UPDATE t SET id = 2 WHERE id = 1;
UPDATE t SET code = 'b' WHERE id = 2;
DELETE FROM t WHERE id = 2;
