-- no partitioned tables in a fresh database
CREATE TABLE t (a int);
SELECT count(*) FROM pg_partitioned_table;
