-- RELEASE keeps a savepoint's work, rolling back to an outer savepoint discards inner ones
CREATE TABLE t (v int);
BEGIN;
SAVEPOINT a;
INSERT INTO t VALUES (1);
SAVEPOINT b;
INSERT INTO t VALUES (2);
RELEASE SAVEPOINT b;
SAVEPOINT c;
INSERT INTO t VALUES (3);
ROLLBACK TO a;
INSERT INTO t VALUES (4);
COMMIT;
SELECT v FROM t ORDER BY v;
