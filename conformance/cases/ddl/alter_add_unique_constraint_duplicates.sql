-- ADD UNIQUE over duplicated values fails with 23505 naming the index and the key
CREATE TABLE t (a int, b int);
INSERT INTO t VALUES (1, 1), (1, 1), (2, NULL), (2, NULL);
ALTER TABLE t ADD UNIQUE (a, b);
DELETE FROM t WHERE a = 1;
ALTER TABLE t ADD UNIQUE (a, b);
INSERT INTO t VALUES (3, 3), (3, 3);
SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass;
