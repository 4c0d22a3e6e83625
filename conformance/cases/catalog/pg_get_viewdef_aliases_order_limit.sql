-- pg_get_viewdef: expressions get parentheses and their output names, ORDER BY and LIMIT on their own lines
CREATE TABLE t (a int, b text, c numeric);
CREATE VIEW v AS SELECT a * 2 AS d, upper(b), c FROM t ORDER BY a DESC LIMIT 5;
SELECT pg_get_viewdef('v'::regclass) AS def;
CREATE VIEW w AS SELECT * FROM t;
SELECT pg_get_viewdef('w'::regclass) AS def;
