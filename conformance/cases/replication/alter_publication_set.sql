-- ALTER PUBLICATION SET TABLE replaces the list; SET (publish = …) changes the operations.
-- replication: publication=pub
CREATE TABLE a (id int PRIMARY KEY, v text);
CREATE TABLE b (id int PRIMARY KEY, v text);
CREATE PUBLICATION pub FOR TABLE a;
-- @capture
INSERT INTO a VALUES (1, 'x');
ALTER PUBLICATION pub SET TABLE b;
INSERT INTO a VALUES (2, 'y');
INSERT INTO b VALUES (2, 'y');
ALTER PUBLICATION pub SET (publish = 'insert');
UPDATE b SET v = 'z' WHERE id = 2;
INSERT INTO b VALUES (3, 'w');
