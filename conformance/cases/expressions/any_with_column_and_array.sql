-- a column compared with = ANY of an array literal
CREATE TABLE t (id int, name text);
INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c');
SELECT id FROM t WHERE id = ANY (ARRAY[1, 3]) ORDER BY id;
SELECT id FROM t WHERE name <> ALL (ARRAY['a', 'b']) ORDER BY id;
SELECT id FROM t WHERE id > ANY (ARRAY[2]) ORDER BY id;
