-- FILTER (WHERE ...) restricts the rows each aggregate sees
CREATE TABLE t (kind text, v int);
INSERT INTO t VALUES ('a', 1), ('b', 2), ('a', 3), ('c', NULL);
SELECT count(*) AS all_rows, count(*) FILTER (WHERE kind = 'a') AS a_rows, sum(v) FILTER (WHERE v > 1) AS big_sum FROM t;
SELECT kind, count(*) FILTER (WHERE v IS NOT NULL) AS with_value FROM t GROUP BY kind ORDER BY kind;
