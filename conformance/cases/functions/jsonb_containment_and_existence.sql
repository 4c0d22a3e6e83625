-- @> and <@ test containment, ? ?| ?& test top-level keys or string elements
SELECT '{"a": 1, "b": {"c": 2}}'::jsonb @> '{"b": {}}' AS contains_obj, '[1, 2, 3]'::jsonb @> '[3, 1]' AS contains_arr, '{"a": 1}'::jsonb <@ '{"a": 1, "b": 2}' AS contained, '[1]'::jsonb @> '1' AS scalar_in_arr;
SELECT '{"a": 1, "b": 2}'::jsonb ? 'a' AS has_a, '["x", "y"]'::jsonb ? 'y' AS has_elem, '{"a": {"z": 1}}'::jsonb ? 'z' AS nested_not_top;
SELECT '{"a": 1, "b": 2}'::jsonb ?| ARRAY['b', 'q'] AS any_key, '{"a": 1, "b": 2}'::jsonb ?& ARRAY['a', 'q'] AS all_keys;
CREATE TABLE docs (id int, body jsonb);
INSERT INTO docs VALUES (1, '{"tags": ["x", "y"]}'), (2, '{"tags": ["y"]}'), (3, '{"other": 1}');
SELECT id FROM docs WHERE body @> '{"tags": ["y"]}' ORDER BY id;
SELECT id FROM docs WHERE body ? 'tags' ORDER BY id;
