-- TRUNCATE of a table referenced by a foreign key fails with 0A000 unless CASCADE
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (parent_id int REFERENCES parent);
INSERT INTO parent VALUES (1);
INSERT INTO child VALUES (1);
TRUNCATE parent;
TRUNCATE parent CASCADE;
SELECT (SELECT count(*) FROM parent) AS parents, (SELECT count(*) FROM child) AS children;
