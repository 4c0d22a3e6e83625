-- array(select ...) joined with array_to_string
CREATE TABLE t (c int, a int, b int);
SELECT array_to_string(ARRAY(SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum), ', ') AS cols;
