-- ON DELETE SET NULL clears the referencing column
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent ON DELETE SET NULL);
INSERT INTO parent VALUES (1), (2);
INSERT INTO child VALUES (10, 1), (20, 2);
DELETE FROM parent WHERE id = 1;
SELECT id, parent_id FROM child ORDER BY id;
