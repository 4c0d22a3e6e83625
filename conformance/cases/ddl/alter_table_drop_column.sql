-- DROP COLUMN removes the column from SELECT * and from references
CREATE TABLE t (id int, a text, b text);
INSERT INTO t VALUES (1, 'a', 'b');
ALTER TABLE t DROP COLUMN a;
SELECT * FROM t;
SELECT a FROM t;
ALTER TABLE t DROP COLUMN IF EXISTS a;
SELECT * FROM t;
