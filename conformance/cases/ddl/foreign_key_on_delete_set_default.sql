-- ON DELETE SET DEFAULT sets the column default, which must itself reference a parent
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int DEFAULT 0 REFERENCES parent ON DELETE SET DEFAULT);
INSERT INTO parent VALUES (0), (1);
INSERT INTO child VALUES (10, 1);
DELETE FROM parent WHERE id = 1;
SELECT id, parent_id FROM child ORDER BY id;
DELETE FROM parent WHERE id = 0;
