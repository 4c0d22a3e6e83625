-- primary key and unique constraints with their definitions
CREATE TABLE t (id int PRIMARY KEY, email text UNIQUE);
SELECT conname, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY conname;
