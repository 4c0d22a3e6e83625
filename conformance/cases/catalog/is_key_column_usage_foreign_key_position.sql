-- a foreign key's columns point at their position in the referenced key
CREATE TABLE p (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE c (x int, y int, FOREIGN KEY (y, x) REFERENCES p (b, a));
SELECT column_name::text, ordinal_position::int, position_in_unique_constraint::int FROM information_schema.key_column_usage WHERE table_name = 'c' ORDER BY ordinal_position;
