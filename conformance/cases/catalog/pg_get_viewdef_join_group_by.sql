-- pg_get_viewdef of a join with GROUP BY and HAVING qualifies columns and nests the join in parentheses
CREATE TABLE t (a int, b text);
CREATE TABLE u (a int, n int);
CREATE VIEW v AS SELECT t.a, count(*) AS n FROM t JOIN u ON t.a = u.a GROUP BY t.a HAVING count(*) > 1;
SELECT pg_get_viewdef('v'::regclass) AS def;
CREATE VIEW w AS SELECT x.b, y.n FROM t x, u y WHERE x.a = y.a AND y.n IS NOT NULL;
SELECT pg_get_viewdef('w'::regclass) AS def;
