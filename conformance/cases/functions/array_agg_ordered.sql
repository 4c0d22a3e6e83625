-- array_agg with ORDER BY and DISTINCT
CREATE TABLE t (g int, v text);
INSERT INTO t VALUES (1, 'b'), (1, 'a'), (2, 'c'), (1, 'a');
SELECT g, array_agg(v ORDER BY v) AS vs FROM t GROUP BY g ORDER BY g;
SELECT array_agg(DISTINCT v ORDER BY v) AS distinct_vs FROM t;
