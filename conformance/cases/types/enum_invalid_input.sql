-- a value that is not one of the labels is 22P02, on insert and update
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE t (id int, c color);
INSERT INTO t VALUES (1, 'red');
INSERT INTO t VALUES (2, 'blue');
UPDATE t SET c = 'purple' WHERE id = 1;
INSERT INTO t VALUES (3, 'RED');
SELECT id, c FROM t;
