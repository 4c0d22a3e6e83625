-- ON DELETE RESTRICT rejects deleting a referenced row but allows unreferenced ones
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (parent_id int REFERENCES parent ON DELETE RESTRICT);
INSERT INTO parent VALUES (1), (2);
INSERT INTO child VALUES (1);
DELETE FROM parent WHERE id = 1;
DELETE FROM parent WHERE id = 2;
SELECT id FROM parent ORDER BY id;
