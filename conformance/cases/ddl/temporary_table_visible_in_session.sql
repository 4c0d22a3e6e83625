-- a temporary table works like a normal one within the session and can shadow a permanent one
CREATE TABLE t (v text);
INSERT INTO t VALUES ('permanent');
CREATE TEMP TABLE t (v text);
INSERT INTO t VALUES ('temporary');
SELECT v FROM t;
SELECT v FROM public.t;
DROP TABLE t;
SELECT v FROM t;
