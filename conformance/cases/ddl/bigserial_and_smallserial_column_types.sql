-- smallserial and bigserial produce int2 and int8 columns
CREATE TABLE t (a smallserial, b bigserial, v text);
INSERT INTO t (v) VALUES ('x'), ('y');
SELECT a, b, v FROM t ORDER BY a;
SELECT pg_typeof(a)::text AS ta, pg_typeof(b)::text AS tb FROM t LIMIT 1;
