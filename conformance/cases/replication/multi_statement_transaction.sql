-- Several tables and operations in one transaction become one Begin…Commit, each Relation sent once.
-- replication: publication=pub
CREATE TABLE a (id int PRIMARY KEY, v text);
CREATE TABLE b (id int PRIMARY KEY, v text);
CREATE PUBLICATION pub FOR TABLE a, b;
-- @capture
BEGIN;
INSERT INTO a VALUES (1, 'a1');
INSERT INTO b VALUES (1, 'b1');
UPDATE a SET v = 'a1!' WHERE id = 1;
INSERT INTO a VALUES (2, 'a2');
DELETE FROM b WHERE id = 1;
COMMIT;
INSERT INTO b VALUES (2, 'b2');
