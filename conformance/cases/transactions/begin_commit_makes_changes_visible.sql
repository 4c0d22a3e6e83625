-- changes inside BEGIN ... COMMIT persist after the commit
CREATE TABLE t (v int);
BEGIN;
INSERT INTO t VALUES (1);
INSERT INTO t VALUES (2);
SELECT count(*) FROM t;
COMMIT;
SELECT v FROM t ORDER BY v;
