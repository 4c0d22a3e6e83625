-- an orphan insert or deleting a referenced parent fails with 23503, dropping the referenced table with 2BP01
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (parent_id int REFERENCES parent);
INSERT INTO child VALUES (1);
INSERT INTO parent VALUES (1);
INSERT INTO child VALUES (1);
DELETE FROM parent;
DROP TABLE parent;
SELECT count(*) FROM parent;
