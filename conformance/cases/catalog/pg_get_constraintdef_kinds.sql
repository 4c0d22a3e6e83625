-- pg_get_constraintdef prints primary key, unique, foreign key and check definitions
CREATE TABLE p (id int PRIMARY KEY, u text UNIQUE);
CREATE TABLE c (pid int REFERENCES p ON DELETE CASCADE, n int CHECK (n > 0));
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid IN ('p'::regclass, 'c'::regclass) ORDER BY conname;
