-- pg_attrdef has one row per column default, keyed by column number
CREATE TABLE t (id serial, a int DEFAULT 1, b int);
SELECT adnum FROM pg_attrdef WHERE adrelid = 't'::regclass ORDER BY adnum;
