-- json keeps the input text as given, including spacing, key order and duplicate keys
SELECT '{"b": 1,   "a": [1, 2], "b": 3}'::json AS j;
SELECT '[1,2, 3]'::json AS arr, '"str"'::json AS str, 'null'::json AS jnull, '  12.50 '::json AS num;
SELECT '{"a": }'::json;
CREATE TABLE t (j json);
INSERT INTO t VALUES ('{"z":1,"a":2}');
SELECT j, j->>'a' AS a FROM t;
