-- a DEFERRABLE INITIALLY DEFERRED foreign key is only checked at COMMIT, which then fails with 23503
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (parent_id int REFERENCES parent DEFERRABLE INITIALLY DEFERRED);
BEGIN;
INSERT INTO child VALUES (1);
INSERT INTO parent VALUES (1);
COMMIT;
BEGIN;
INSERT INTO child VALUES (2);
COMMIT;
SELECT parent_id FROM child ORDER BY parent_id;
