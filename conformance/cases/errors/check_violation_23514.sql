-- a failing CHECK constraint raises 23514 on insert and update
CREATE TABLE t (qty int CHECK (qty >= 0));
INSERT INTO t VALUES (-1);
INSERT INTO t VALUES (5);
UPDATE t SET qty = qty - 10;
SELECT qty FROM t;
