-- constraints can be added after the fact and are enforced afterwards
CREATE TABLE parent (id int);
CREATE TABLE child (parent_id int);
INSERT INTO parent VALUES (1), (1);
ALTER TABLE parent ADD PRIMARY KEY (id);
DELETE FROM parent;
INSERT INTO parent VALUES (1);
ALTER TABLE parent ADD PRIMARY KEY (id);
ALTER TABLE child ADD CONSTRAINT child_fk FOREIGN KEY (parent_id) REFERENCES parent (id);
INSERT INTO child VALUES (2);
INSERT INTO child VALUES (1);
SELECT parent_id FROM child;
