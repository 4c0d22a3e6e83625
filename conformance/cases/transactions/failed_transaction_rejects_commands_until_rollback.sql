-- after an error in a transaction every command fails with 25P02 until ROLLBACK
CREATE TABLE t (v int);
BEGIN;
INSERT INTO t VALUES (1);
SELECT 1 / 0;
SELECT 1;
INSERT INTO t VALUES (2);
ROLLBACK;
SELECT count(*) FROM t;
