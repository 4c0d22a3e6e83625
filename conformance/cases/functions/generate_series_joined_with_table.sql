-- joining a table with a generated series
CREATE TABLE t (day int, v int);
INSERT INTO t VALUES (1, 10), (3, 30);
SELECT s.d, t.v FROM generate_series(1, 4) AS s(d) LEFT JOIN t ON t.day = s.d ORDER BY s.d;
