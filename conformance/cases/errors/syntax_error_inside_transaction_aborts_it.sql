-- a syntax error inside a transaction aborts it like any other error
CREATE TABLE t (v int);
BEGIN;
INSERT INTO t VALUES (1);
INSRT INTO t VALUES (2);
INSERT INTO t VALUES (3);
COMMIT;
SELECT count(*) FROM t;
