-- primary key columns are marked not null
CREATE TABLE t (a int, b int, PRIMARY KEY (a));
SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum;
