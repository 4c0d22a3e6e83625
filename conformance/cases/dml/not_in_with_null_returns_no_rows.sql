-- NOT IN against a list containing NULL is never true
CREATE TABLE t (v int);
INSERT INTO t VALUES (1), (2), (3);
SELECT v FROM t WHERE v NOT IN (1, NULL) ORDER BY v;
SELECT v FROM t WHERE v NOT IN (1) ORDER BY v;
SELECT v FROM t WHERE v NOT IN (SELECT NULL::int) ORDER BY v;
