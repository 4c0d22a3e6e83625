-- ADD COLUMN with REFERENCES and CHECK: both named as Postgres names them and enforced
CREATE TABLE p (id int PRIMARY KEY);
INSERT INTO p VALUES (1);
CREATE TABLE c (id int);
INSERT INTO c VALUES (1);
ALTER TABLE c ADD COLUMN pid int REFERENCES p (id), ADD COLUMN qty int CHECK (qty > 0);
INSERT INTO c VALUES (2, 9, 1);
INSERT INTO c VALUES (3, 1, 0);
INSERT INTO c VALUES (4, 1, 5);
SELECT conname, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'c'::regclass ORDER BY conname;
SELECT id, pid, qty FROM c ORDER BY id;
