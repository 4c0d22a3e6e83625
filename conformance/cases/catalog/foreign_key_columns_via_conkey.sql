-- a foreign key's columns found through conkey and confkey
CREATE TABLE p (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p (a, b));
SELECT con.conname, con.confrelid::regclass::text AS ref, con.conkey, con.confkey FROM pg_constraint con WHERE con.conrelid = 'c'::regclass AND con.contype = 'f';
