-- a foreign key to a unique column names the unique constraint
CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE c (code text REFERENCES p (code));
SELECT unique_constraint_name::text FROM information_schema.referential_constraints;
