-- listing every user column of every table, as schema-migration tools do
CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users, body text);
SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position;
