-- Two publication names in publication_names: the union of what they publish.
-- replication: publication=pub_a,pub_b
CREATE TABLE a (id int PRIMARY KEY);
CREATE TABLE b (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY);
CREATE PUBLICATION pub_a FOR TABLE a WITH (publish = 'insert');
CREATE PUBLICATION pub_b FOR TABLE a, b WITH (publish = 'delete');
-- @capture
INSERT INTO a VALUES (1);
INSERT INTO b VALUES (1);
INSERT INTO c VALUES (1);
DELETE FROM a;
DELETE FROM b;
