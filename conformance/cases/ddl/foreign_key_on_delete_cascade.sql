-- ON DELETE CASCADE removes child rows with the parent
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id) ON DELETE CASCADE);
INSERT INTO parent VALUES (1), (2);
INSERT INTO child VALUES (10, 1), (11, 1), (20, 2);
DELETE FROM parent WHERE id = 1;
SELECT id, parent_id FROM child ORDER BY id;
