-- DROP COLUMN of a missing column: 42703, or a NOTICE with IF EXISTS
CREATE TABLE t (id int, a text);
ALTER TABLE t DROP COLUMN zz;
ALTER TABLE t DROP COLUMN IF EXISTS zz;
ALTER TABLE t DROP COLUMN IF EXISTS a;
SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
