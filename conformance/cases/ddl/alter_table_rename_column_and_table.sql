-- RENAME COLUMN and RENAME TO keep the data under the new names
CREATE TABLE t (id int, old_name text);
INSERT INTO t VALUES (1, 'v');
ALTER TABLE t RENAME COLUMN old_name TO new_name;
ALTER TABLE t RENAME TO t2;
SELECT id, new_name FROM t2;
SELECT * FROM t;
