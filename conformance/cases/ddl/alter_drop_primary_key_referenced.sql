-- dropping a referenced primary key needs CASCADE, which drops the referencing foreign key
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (pid int REFERENCES p (id));
INSERT INTO p VALUES (1);
ALTER TABLE p DROP CONSTRAINT p_pkey;
ALTER TABLE p DROP CONSTRAINT p_pkey CASCADE;
INSERT INTO p VALUES (1);
INSERT INTO c VALUES (5);
SELECT count(*) AS constraints FROM pg_constraint WHERE conrelid IN ('p'::regclass, 'c'::regclass);
SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 'p'::regclass AND attnum > 0 AND NOT attisdropped;
