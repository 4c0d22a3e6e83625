-- rolling back to a savepoint clears the failed state so the transaction can commit
CREATE TABLE t (v int PRIMARY KEY);
BEGIN;
INSERT INTO t VALUES (1);
SAVEPOINT before_dup;
INSERT INTO t VALUES (1);
SELECT 1;
ROLLBACK TO before_dup;
INSERT INTO t VALUES (2);
COMMIT;
SELECT v FROM t ORDER BY v;
