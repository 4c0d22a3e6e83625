-- Changes to unpublished tables send nothing, not even an empty Begin…Commit.
-- replication: publication=pub
CREATE TABLE shown (id int PRIMARY KEY);
CREATE TABLE hidden (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE shown;
-- @capture
INSERT INTO hidden VALUES (1);
BEGIN;
INSERT INTO hidden VALUES (2);
INSERT INTO shown VALUES (2);
INSERT INTO hidden VALUES (3);
COMMIT;
UPDATE hidden SET id = 10 WHERE id = 1;
DELETE FROM hidden;
