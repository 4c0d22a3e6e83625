-- DELETE reports the deleted row count and RETURNING gives the removed row
CREATE TABLE t (id int, v text);
INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c');
DELETE FROM t WHERE id = 2 RETURNING *;
DELETE FROM t WHERE id > 100;
DELETE FROM t;
SELECT count(*) FROM t;
