-- jsonb_set, jsonb_insert, ||, - and #- modify documents without changing the input
SELECT jsonb_set('{"a": {"b": 1}}', '{a,b}', '2') AS set_existing, jsonb_set('{"a": {}}', '{a,c}', '"new"') AS set_new, jsonb_set('{"a": 1}', '{x}', '3', false) AS no_create;
SELECT jsonb_insert('{"a": [0, 2]}', '{a,1}', '1') AS ins, '{"a": 1}'::jsonb || '{"b": 2, "a": 3}' AS concat, '[1, 2]'::jsonb || '[3]' AS arr_concat;
SELECT '{"a": 1, "b": 2}'::jsonb - 'a' AS del_key, '[1, 2, 3]'::jsonb - 1 AS del_index, '{"a": {"b": 1, "c": 2}}'::jsonb #- '{a,b}' AS del_path, '{"a":1,"b":2,"c":3}'::jsonb - ARRAY['a','c'] AS del_keys;
SELECT jsonb_strip_nulls('{"a": null, "b": {"c": null, "d": 1}}') AS stripped, jsonb_pretty('{"a":[1]}') AS pretty;
