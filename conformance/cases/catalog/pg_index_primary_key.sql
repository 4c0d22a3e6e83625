-- pg_index marks the primary key index
CREATE TABLE t (id int PRIMARY KEY, v text);
SELECT i.indexrelid::regclass::text AS idx, i.indisprimary, i.indisunique, i.indkey FROM pg_index i WHERE i.indrelid = 't'::regclass;
