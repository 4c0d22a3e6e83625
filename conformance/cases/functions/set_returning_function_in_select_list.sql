-- a set-returning function in the select list multiplies rows
CREATE TABLE t (id int, tags text[]);
INSERT INTO t VALUES (1, '{a,b}'), (2, '{c}'), (3, '{}');
SELECT id, unnest(tags) AS tag FROM t ORDER BY id, tag;
SELECT generate_series(1, 2) AS a, generate_series(1, 3) AS b ORDER BY b;
