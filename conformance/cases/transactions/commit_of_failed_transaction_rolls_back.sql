-- COMMIT of a failed transaction ends it with the ROLLBACK command tag and keeps nothing
CREATE TABLE t (v int PRIMARY KEY);
BEGIN;
INSERT INTO t VALUES (1);
INSERT INTO t VALUES (1);
COMMIT;
SELECT count(*) FROM t;
