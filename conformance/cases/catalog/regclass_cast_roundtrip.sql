-- a table name cast to regclass and back to text
CREATE TABLE t (a int);
SELECT 't'::regclass::text AS name;
