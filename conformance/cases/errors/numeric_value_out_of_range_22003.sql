-- values outside a column's range fail with 22003
CREATE TABLE t (s smallint, i int, n numeric(3,1));
INSERT INTO t (s) VALUES (40000);
INSERT INTO t (i) VALUES (3000000000);
INSERT INTO t (n) VALUES (100);
INSERT INTO t VALUES (1, 1, 99.94);
SELECT s, i, n FROM t;
SELECT 2147483647::int + 1;
SELECT abs(-2147483648::bigint)::int;
