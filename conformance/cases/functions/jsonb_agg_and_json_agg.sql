-- jsonb_agg and json_agg aggregate values and rows in the ORDER BY order given
CREATE TABLE t (id int, name text, score numeric);
INSERT INTO t VALUES (2, 'bob', 7.5), (1, 'ann', NULL), (3, 'cid', 10);
SELECT jsonb_agg(name ORDER BY id) AS names, json_agg(score ORDER BY id) AS scores FROM t;
SELECT jsonb_agg(t ORDER BY id) AS rows FROM t;
SELECT json_agg(x ORDER BY x.id) AS json_rows FROM (SELECT id, name FROM t) x;
SELECT jsonb_object_agg(name, id ORDER BY id) AS obj FROM t;
SELECT jsonb_agg(name) AS none FROM t WHERE false;
