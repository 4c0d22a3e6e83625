-- ReadyForQuery status through a transaction, a failed transaction and its rollback.
CREATE TABLE t (id int PRIMARY KEY);
BEGIN;
INSERT INTO t VALUES (1);
INSERT INTO t VALUES (1);
SELECT 1;
ROLLBACK;
SELECT count(*) FROM t;
BEGIN;
INSERT INTO t VALUES (2);
COMMIT;
SELECT id FROM t;
