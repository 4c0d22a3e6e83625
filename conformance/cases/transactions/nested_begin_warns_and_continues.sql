-- BEGIN inside a transaction only warns (25001) and the transaction continues
CREATE TABLE t (v int);
BEGIN;
INSERT INTO t VALUES (1);
BEGIN;
INSERT INTO t VALUES (2);
COMMIT;
SELECT v FROM t ORDER BY v;
