-- SET default_transaction_read_only makes later statements read only until reset
CREATE TABLE t (v int);
SET default_transaction_read_only = on;
SELECT count(*) FROM t;
INSERT INTO t VALUES (1);
SET default_transaction_read_only = off;
INSERT INTO t VALUES (1);
SELECT v FROM t;
