-- atthasdef is true for a column with a default
CREATE TABLE t (a int DEFAULT 5, b int);
SELECT attname, atthasdef FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum;
