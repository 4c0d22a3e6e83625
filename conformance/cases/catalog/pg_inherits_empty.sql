-- no inheritance without partitions or INHERITS
CREATE TABLE t (a int);
SELECT count(*) FROM pg_inherits WHERE inhrelid = 't'::regclass;
