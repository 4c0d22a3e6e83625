-- sum of int is bigint, sum of bigint numeric, avg of int numeric
CREATE TABLE t (i int, b bigint, n numeric, f float8);
INSERT INTO t VALUES (1, 10, 1.5, 0.5), (2, 20, 2.25, 1.5);
SELECT sum(i) AS si, sum(b) AS sb, sum(n) AS sn, sum(f) AS sf FROM t;
SELECT avg(i) AS ai, avg(n) AS an, avg(f) AS af FROM t;
