-- An enum column: a Type message names the type before the Relation that uses it; values are the labels.
-- replication: publication=pub
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id int PRIMARY KEY, feeling mood, note text);
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, 'happy', 'x');
UPDATE t SET feeling = 'sad' WHERE id = 1;
TRUNCATE t;
INSERT INTO t VALUES (2, NULL, 'y');
