-- the foreign-key query ORMs run: table_constraints joined to key_column_usage and constraint_column_usage style
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE posts (id int PRIMARY KEY, author int REFERENCES users (id) ON DELETE CASCADE);
SELECT tc.table_name::text, kcu.column_name::text, rc.update_rule::text, rc.delete_rule::text, rc.unique_constraint_name::text FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name WHERE tc.constraint_type = 'FOREIGN KEY';
