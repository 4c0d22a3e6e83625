-- ALTER TABLE inside a rolled-back transaction leaves columns, constraints and data as they were
CREATE TABLE t (id int PRIMARY KEY, a text);
INSERT INTO t VALUES (1, 'x');
BEGIN;
ALTER TABLE t ADD COLUMN b int DEFAULT 5, DROP COLUMN a;
ALTER TABLE t ALTER COLUMN id TYPE bigint;
ALTER TABLE t RENAME TO u;
INSERT INTO u VALUES (2, 6);
ROLLBACK;
SELECT attnum, attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT * FROM t;
INSERT INTO t VALUES (2, 'y');
SELECT count(*) FROM t;
