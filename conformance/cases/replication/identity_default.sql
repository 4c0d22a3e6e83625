-- Replica identity DEFAULT: updates that keep the key send no old tuple, deletes send the key ('K').
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, name text, n bigint);
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, 'one', 10), (2, 'two', NULL);
UPDATE t SET name = 'uno' WHERE id = 1;
UPDATE t SET n = n WHERE id = 2;
DELETE FROM t WHERE id = 2;
