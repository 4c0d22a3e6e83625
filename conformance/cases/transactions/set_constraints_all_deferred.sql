-- a non-deferrable unique key fails a swap per row (23505), a deferrable one checks at statement end or at COMMIT when deferred
CREATE TABLE strict (id int, pos int UNIQUE);
INSERT INTO strict VALUES (1, 1), (2, 2);
UPDATE strict SET pos = 3 - pos;
CREATE TABLE t (id int, pos int UNIQUE DEFERRABLE INITIALLY IMMEDIATE);
INSERT INTO t VALUES (1, 1), (2, 2);
UPDATE t SET pos = 3 - pos;
SELECT id, pos FROM t ORDER BY id;
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
UPDATE t SET pos = 1 WHERE id = 1;
UPDATE t SET pos = 2 WHERE id = 2;
COMMIT;
SELECT id, pos FROM t ORDER BY id;
