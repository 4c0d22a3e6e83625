-- Rolled-back transactions send nothing; a rolled-back savepoint's changes are left out of its transaction.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
BEGIN;
INSERT INTO t VALUES (1, 'gone');
ROLLBACK;
BEGIN;
INSERT INTO t VALUES (2, 'kept');
SAVEPOINT s;
INSERT INTO t VALUES (3, 'undone');
ROLLBACK TO SAVEPOINT s;
INSERT INTO t VALUES (4, 'kept too');
COMMIT;
BEGIN;
INSERT INTO t VALUES (5, 'failed');
INSERT INTO t VALUES (5, 'duplicate');
COMMIT;
