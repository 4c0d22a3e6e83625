-- aggregates take DISTINCT and ORDER BY inside the call; DISTINCT over several arguments compares the whole tuple
CREATE TABLE t (grp int, k text, v int, x int);
INSERT INTO t VALUES (1, 'b', 2, 3), (1, 'a', 1, 1), (1, 'b', 2, 2), (1, 'c', NULL, 0), (2, 'z', 9, 9), (2, 'z', 9, 8), (2, 'y', 9, 7);
SELECT grp, json_object_agg(DISTINCT k, v) AS obj FROM t GROUP BY grp ORDER BY grp;
SELECT grp, json_object_agg(DISTINCT k, v ORDER BY v) AS by_v FROM t GROUP BY grp ORDER BY grp;
SELECT string_agg(DISTINCT k, '-' ORDER BY k) AS keys, string_agg(k, '' ORDER BY x DESC) AS by_x FROM t;
SELECT jsonb_agg(k ORDER BY x) AS ks, array_agg(v ORDER BY x DESC) AS vs, array_agg(DISTINCT k) AS distinct_ks FROM t;
SELECT array_agg(v ORDER BY v) AS nulls_last, array_agg(v ORDER BY v DESC) AS nulls_first FROM t WHERE grp = 1;
SELECT jsonb_object_agg(DISTINCT k, v) AS jobj, count(DISTINCT v) AS n FROM t;
SELECT json_object_agg(k, v ORDER BY x) AS dup_keys_kept FROM t WHERE grp = 2;
SELECT json_agg(a ORDER BY n) AS arrays, json_agg(a[1] ORDER BY n) AS firsts FROM (VALUES (1, ARRAY[1, 2]), (2, NULL), (3, ARRAY[3])) AS v(n, a);
