-- COMMIT AND CHAIN starts a new transaction with the same characteristics
CREATE TABLE t (v int);
BEGIN ISOLATION LEVEL REPEATABLE READ;
INSERT INTO t VALUES (1);
COMMIT AND CHAIN;
SHOW transaction_isolation;
INSERT INTO t VALUES (2);
ROLLBACK;
SELECT v FROM t ORDER BY v;
