-- a foreign key constraint and its definition
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int, p_id int REFERENCES p (id) ON DELETE CASCADE);
SELECT conname, contype, confrelid::regclass::text AS target, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'c'::regclass;
