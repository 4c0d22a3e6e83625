-- pg_get_indexdef prints CREATE UNIQUE INDEX for a unique constraint's index
CREATE TABLE t (a int, b text, UNIQUE (b));
SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 't'::regclass;
