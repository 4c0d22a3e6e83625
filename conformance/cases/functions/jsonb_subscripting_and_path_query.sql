-- jsonb subscripting reads and updates, jsonb_path_query_array applies a jsonpath
CREATE TABLE t (id int, j jsonb);
INSERT INTO t VALUES (1, '{"a": {"b": [1, 2, 3]}}');
SELECT j['a']['b'][0] AS first, j['a']['missing'] AS missing FROM t;
UPDATE t SET j['a']['c'] = '"new"';
SELECT j FROM t;
SELECT jsonb_path_query_array(j, '$.a.b[*] ? (@ > 1)') AS big, jsonb_path_exists(j, '$.a.c') AS has_c FROM t;
