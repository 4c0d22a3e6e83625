-- ON UPDATE CASCADE propagates a changed parent key
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent ON UPDATE CASCADE);
INSERT INTO parent VALUES (1);
INSERT INTO child VALUES (10, 1), (11, 1);
UPDATE parent SET id = 5 WHERE id = 1;
SELECT id, parent_id FROM child ORDER BY id;
