-- ADD COLUMN of an existing name: 42701, or a NOTICE with IF NOT EXISTS
CREATE TABLE t (id int, a text);
ALTER TABLE t ADD COLUMN a int;
ALTER TABLE t ADD COLUMN IF NOT EXISTS a int;
ALTER TABLE t ADD COLUMN IF NOT EXISTS b int;
SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
