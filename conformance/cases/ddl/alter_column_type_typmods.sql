-- ALTER COLUMN TYPE to types with typmods; a value too long for the new type is 22001
CREATE TABLE t (a int, b text);
INSERT INTO t VALUES (1, 'abcdef');
ALTER TABLE t ALTER COLUMN a TYPE numeric(10,2), ALTER COLUMN b TYPE varchar(20);
SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT a, b FROM t;
ALTER TABLE t ALTER COLUMN b TYPE varchar(3);
ALTER TABLE t ALTER COLUMN b SET DATA TYPE varchar(6);
SELECT b FROM t;
