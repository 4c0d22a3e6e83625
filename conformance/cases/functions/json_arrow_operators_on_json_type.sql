-- json (not jsonb) arrow operators return text slices of the original input
SELECT '{"a": {"b":  1}, "c": [1,  2]}'::json -> 'a' AS a, '{"a": {"b":  1}}'::json ->> 'a' AS a_text, '[1,  2]'::json -> 1 AS second;
SELECT '{"a": "x"}'::json #>> '{a}' AS path_text, pg_typeof('{}'::json -> 'a')::text AS t;
CREATE TABLE t (j json);
INSERT INTO t VALUES ('{"k": [1, {"x": "y"}]}');
SELECT j -> 'k' -> 1 ->> 'x' AS deep, j #> '{k,0}' AS path, j -> 'none' AS missing FROM t;
