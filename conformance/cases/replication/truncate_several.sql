-- TRUNCATE of several tables, one unpublished, RESTART IDENTITY; the Relation is sent again after it.
-- replication: publication=pub
CREATE TABLE a (id serial PRIMARY KEY, v text);
CREATE TABLE b (id int PRIMARY KEY);
CREATE TABLE hidden (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE a, b;
-- @capture
INSERT INTO a (v) VALUES ('x');
TRUNCATE a, b, hidden RESTART IDENTITY;
INSERT INTO a (v) VALUES ('y');
TRUNCATE hidden;
INSERT INTO b VALUES (1);
