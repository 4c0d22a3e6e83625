-- key_column_usage lists the columns of a composite primary key in key order
CREATE TABLE t (a int, b int, c int, PRIMARY KEY (b, a));
SELECT constraint_name::text, column_name::text, ordinal_position::int, position_in_unique_constraint::int FROM information_schema.key_column_usage WHERE table_name = 't' ORDER BY ordinal_position;
