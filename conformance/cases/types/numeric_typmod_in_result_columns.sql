-- table columns carry their numeric(p,s) and varchar(n) modifiers into query results
CREATE TABLE t (a numeric(10,3), b varchar(7), c char(4), d numeric);
INSERT INTO t VALUES (1.5, 'abc', 'xy', 2.50);
SELECT a, b, c, d FROM t;
SELECT a + 1 AS a1, b || '' AS b1, c::text AS c1 FROM t;
