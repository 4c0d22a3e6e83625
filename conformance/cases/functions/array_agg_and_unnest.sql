-- array_agg collects values including NULLs, unnest expands arrays back into rows
CREATE TABLE t (grp text, v int);
INSERT INTO t VALUES ('a', 3), ('a', 1), ('b', NULL), ('b', 2);
SELECT grp, array_agg(v ORDER BY v NULLS FIRST) AS vs FROM t GROUP BY grp ORDER BY grp;
SELECT array_agg(DISTINCT grp ORDER BY grp) AS groups FROM t;
SELECT x FROM unnest(ARRAY[3, 1, 2]) WITH ORDINALITY AS u(x, n) ORDER BY n;
SELECT a, b FROM unnest(ARRAY[1, 2, 3], ARRAY['x', 'y']) AS u(a, b) ORDER BY a;
SELECT x FROM unnest('{{1,2},{3,4}}'::int[]) AS x ORDER BY x;
