-- table_constraints: primary key, unique and foreign key constraints
CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);
SELECT table_name::text, constraint_name::text, constraint_type::text, is_deferrable::text, initially_deferred::text, enforced::text FROM information_schema.table_constraints WHERE table_schema = 'public' AND constraint_type <> 'CHECK' ORDER BY 1, 2;
