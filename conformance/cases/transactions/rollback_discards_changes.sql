-- ROLLBACK undoes inserts, updates and deletes made in the transaction
CREATE TABLE t (id int, v text);
INSERT INTO t VALUES (1, 'keep'), (2, 'keep');
BEGIN;
INSERT INTO t VALUES (3, 'new');
UPDATE t SET v = 'changed' WHERE id = 1;
DELETE FROM t WHERE id = 2;
SELECT id, v FROM t ORDER BY id;
ROLLBACK;
SELECT id, v FROM t ORDER BY id;
