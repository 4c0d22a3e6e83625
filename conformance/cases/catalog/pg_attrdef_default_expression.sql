-- pg_get_expr prints a column default from pg_attrdef
CREATE TABLE t (a int DEFAULT 42, b text DEFAULT 'x');
SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) AS def FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = 't'::regclass ORDER BY a.attnum;
