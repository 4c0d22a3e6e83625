-- referential_constraints reports match option and each update/delete rule
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c1 (p int REFERENCES p ON DELETE CASCADE ON UPDATE SET NULL);
CREATE TABLE c2 (p int REFERENCES p ON DELETE SET DEFAULT ON UPDATE RESTRICT);
CREATE TABLE c3 (p int REFERENCES p);
SELECT constraint_name::text, unique_constraint_schema::text, unique_constraint_name::text, match_option::text, update_rule::text, delete_rule::text FROM information_schema.referential_constraints ORDER BY 1;
