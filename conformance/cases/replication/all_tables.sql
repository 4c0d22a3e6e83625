-- FOR ALL TABLES includes tables created after the publication.
-- replication: publication=pub
CREATE TABLE before_pub (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR ALL TABLES;
CREATE TABLE after_pub (id int PRIMARY KEY, v text);
-- @capture
INSERT INTO before_pub VALUES (1);
INSERT INTO after_pub VALUES (1, 'x');
