-- several comma-separated actions run in order as one statement; a failing one undoes them all
CREATE TABLE t (id int, a text, b text);
INSERT INTO t VALUES (1, 'a', 'b');
ALTER TABLE t ADD COLUMN c int DEFAULT 3, DROP COLUMN a, ALTER COLUMN b SET NOT NULL;
ALTER TABLE t ADD COLUMN d int, DROP COLUMN nope;
SELECT attnum, attname, attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT * FROM t;
