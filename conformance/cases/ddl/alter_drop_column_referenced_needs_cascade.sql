-- DROP COLUMN of a referenced key column needs CASCADE, which drops the foreign key
CREATE TABLE p (id int PRIMARY KEY, v text);
CREATE TABLE c (pid int REFERENCES p (id));
INSERT INTO p VALUES (1, 'x');
INSERT INTO c VALUES (1);
ALTER TABLE p DROP COLUMN id;
ALTER TABLE p DROP COLUMN id CASCADE;
INSERT INTO c VALUES (42);
SELECT conname FROM pg_constraint WHERE conrelid IN ('p'::regclass, 'c'::regclass);
SELECT * FROM p;
