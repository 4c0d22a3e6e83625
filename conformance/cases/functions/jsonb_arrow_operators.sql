-- jsonb -> and ->> by key and index, #> and #>> by path, missing keys give NULL
CREATE TABLE t (j jsonb);
INSERT INTO t VALUES ('{"a": {"b": [10, "x", null]}, "n": 1.50, "s": "str", "t": true}');
SELECT j -> 'a' AS a, j -> 'a' -> 'b' -> 1 AS b1, j ->> 's' AS s_text, j -> 's' AS s_json, j ->> 'n' AS n_text, j -> 'missing' AS missing FROM t;
SELECT j #> '{a,b}' AS path, j #>> '{a,b,0}' AS path_text, j #> '{a,b,2}' AS json_null, j #>> '{a,b,2}' AS sql_null, j -> 'a' -> 'b' -> -1 AS from_end FROM t;
SELECT pg_typeof(j -> 'a')::text AS arrow_type, pg_typeof(j ->> 'a')::text AS arrow2_type FROM t;
