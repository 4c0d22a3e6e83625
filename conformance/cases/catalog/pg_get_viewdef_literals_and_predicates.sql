-- pg_get_viewdef prints constants with their types and LIKE as ~~
CREATE TABLE t (a int, b text, c numeric);
CREATE VIEW v AS SELECT a, 'x' AS k, b IS NULL AS bn, c + 1.5 AS c2 FROM t WHERE b LIKE 'a%' AND (a = 1 OR a = 2);
SELECT pg_get_viewdef('v'::regclass) AS def;
