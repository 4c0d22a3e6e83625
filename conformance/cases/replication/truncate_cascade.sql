-- TRUNCATE … CASCADE streams every truncated published table in one message with the cascade bit.
-- replication: publication=pub
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id));
CREATE PUBLICATION pub FOR TABLE parent, child;
-- @capture
INSERT INTO parent VALUES (1);
INSERT INTO child VALUES (10, 1);
TRUNCATE parent CASCADE;
