-- json_object_keys and json_array_elements_text inside ARRAY(SELECT …), also over an aggregate; json_strip_nulls
CREATE TABLE t (grp int, k text, pos int);
INSERT INTO t VALUES (1, 'b', 2), (1, 'a', 1), (1, 'z', NULL), (2, 'q', NULL);
SELECT ARRAY(SELECT json_object_keys('{"b": 1, "a": 2}')) AS keys, ARRAY(SELECT jsonb_object_keys('{"b": 1, "a": 2}')) AS jkeys;
SELECT ARRAY(SELECT json_array_elements_text('["x", "y z", null]')) AS elems;
SELECT grp, ARRAY(SELECT json_object_keys(json_strip_nulls(json_object_agg(k, pos ORDER BY pos)))) AS ordered_keys FROM t GROUP BY grp ORDER BY grp;
SELECT json_strip_nulls('{"a": null, "b": [null, {"c": null, "d": 1}]}') AS j, jsonb_strip_nulls('{"a": null, "b": 1}') AS jb;
SELECT k, jsonb_object_keys('{"n": 1, "m": 2}') AS key FROM t WHERE grp = 2 ORDER BY key;
