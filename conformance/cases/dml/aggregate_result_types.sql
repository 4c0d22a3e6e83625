-- sum and avg widen their input types: int4 sum is int8, int8 sum and avg are numeric
CREATE TABLE t (i int, b bigint, r real, d double precision, n numeric);
INSERT INTO t VALUES (1, 10, 1.5, 2.5, 1.25), (2, 20, 2.5, 3.5, 2.5);
SELECT sum(i) AS si, sum(b) AS sb, sum(r) AS sr, sum(d) AS sd, sum(n) AS sn FROM t;
SELECT avg(i) AS ai, avg(b) AS ab, avg(d) AS ad, avg(n) AS an FROM t;
SELECT count(*) AS c FROM t;
