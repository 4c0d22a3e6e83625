-- reusing a savepoint name shadows the older one, RELEASE then uncovers it
CREATE TABLE t (v int);
BEGIN;
SAVEPOINT s;
INSERT INTO t VALUES (1);
SAVEPOINT s;
INSERT INTO t VALUES (2);
ROLLBACK TO s;
SELECT v FROM t ORDER BY v;
RELEASE s;
ROLLBACK TO s;
SELECT v FROM t ORDER BY v;
COMMIT;
