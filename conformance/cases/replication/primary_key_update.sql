-- Updating the primary key sends the old key ('K'), composite keys included.
-- replication: publication=pub
CREATE TABLE t (a int, b text, v text, PRIMARY KEY (a, b));
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, 'x', 'first');
UPDATE t SET b = 'y' WHERE a = 1;
UPDATE t SET a = 2, v = 'second' WHERE a = 1;
UPDATE t SET v = 'third' WHERE a = 2;
DELETE FROM t;
