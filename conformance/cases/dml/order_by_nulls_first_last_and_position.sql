-- NULLs sort last ascending and first descending unless NULLS FIRST/LAST is given
CREATE TABLE t (id int, v int);
INSERT INTO t VALUES (1, 3), (2, NULL), (3, 1), (4, 2);
SELECT id, v FROM t ORDER BY v;
SELECT id, v FROM t ORDER BY v DESC;
SELECT id, v FROM t ORDER BY v NULLS FIRST;
SELECT id, v FROM t ORDER BY 2 DESC NULLS LAST;
SELECT id, v AS val FROM t ORDER BY val, id;
