-- the default NO ACTION foreign key rejects orphan inserts and referenced deletes with 23503
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int, parent_id int REFERENCES parent);
INSERT INTO parent VALUES (1);
INSERT INTO child VALUES (1, 1);
INSERT INTO child VALUES (2, 99);
INSERT INTO child VALUES (3, NULL);
DELETE FROM parent WHERE id = 1;
UPDATE parent SET id = 2;
SELECT id, parent_id FROM child ORDER BY id;
