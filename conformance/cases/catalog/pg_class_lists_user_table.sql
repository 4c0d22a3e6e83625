-- pg_class has a row for a new table, with relkind r and its column count
CREATE TABLE t (a int, b text);
SELECT relname, relkind, relnatts FROM pg_class WHERE relname = 't';
