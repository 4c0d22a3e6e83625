-- the column-existence check of migration tools
CREATE TABLE t (a int, b text);
SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 't' AND column_name = 'b';
