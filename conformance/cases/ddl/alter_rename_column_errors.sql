-- RENAME COLUMN of a missing column is 42703, to an existing name 42701
CREATE TABLE t (a int, b int);
ALTER TABLE t RENAME COLUMN zz TO yy;
ALTER TABLE t RENAME COLUMN a TO b;
ALTER TABLE t RENAME a TO c;
SELECT attnum, attname FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
