-- a dropped column's attnum is not reused by a later ADD COLUMN
CREATE TABLE t (a int, b text, c text);
INSERT INTO t VALUES (1, 'b', 'c');
ALTER TABLE t DROP COLUMN b;
ALTER TABLE t ADD COLUMN d int DEFAULT 4;
SELECT attnum, attname FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT * FROM t;
