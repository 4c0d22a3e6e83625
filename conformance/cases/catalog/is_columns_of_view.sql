-- a view's columns are listed too
CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT b, a FROM t;
SELECT column_name::text, ordinal_position::int FROM information_schema.columns WHERE table_name = 'v' ORDER BY 2;
