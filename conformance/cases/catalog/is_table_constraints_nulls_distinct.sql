-- nulls_distinct is YES for a unique constraint and null for a primary key
CREATE TABLE t (id int PRIMARY KEY, u int UNIQUE);
SELECT constraint_type::text, nulls_distinct::text FROM information_schema.table_constraints WHERE table_name = 't' AND constraint_type <> 'CHECK' ORDER BY 1;
