-- NOT NULL columns count as CHECK constraints in table_constraints
CREATE TABLE t (a int NOT NULL, b int NOT NULL, c int);
SELECT constraint_type::text, count(*) FROM information_schema.table_constraints WHERE table_name = 't' GROUP BY 1;
