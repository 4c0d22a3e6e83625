-- array columns store and print the array text form
CREATE TABLE t (id int, tags text[], nums int[]);
INSERT INTO t VALUES (1, ARRAY['x', 'y z'], ARRAY[1, 2]), (2, '{}', '{3}');
SELECT id, tags, nums FROM t ORDER BY id;
