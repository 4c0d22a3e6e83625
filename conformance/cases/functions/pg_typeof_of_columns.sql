-- pg_typeof of table columns gives their declared types
CREATE TABLE t (a int, b bigint, c numeric(5,2), d text, e boolean, f timestamptz, g date);
INSERT INTO t VALUES (1, 2, 3.5, 'x', true, '2024-01-01', '2024-01-01');
SELECT pg_typeof(a)::text AS a, pg_typeof(b)::text AS b, pg_typeof(c)::text AS c, pg_typeof(d)::text AS d, pg_typeof(e)::text AS e, pg_typeof(f)::text AS f, pg_typeof(g)::text AS g FROM t;
