-- a CHECK constraint appears in table_constraints
CREATE TABLE t (a int CONSTRAINT a_positive CHECK (a > 0));
SELECT constraint_name::text, constraint_type::text FROM information_schema.table_constraints WHERE table_name = 't' AND constraint_name = 'a_positive';
