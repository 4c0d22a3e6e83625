-- conkey lists the key columns' attnums
CREATE TABLE t (a int, b int, c int, PRIMARY KEY (c, a));
SELECT conname, conkey FROM pg_constraint WHERE conrelid = 't'::regclass;
