-- jsonb || : objects merge (right wins), arrays concatenate, a scalar or object joins an array as an element
CREATE TABLE d (id int PRIMARY KEY, j jsonb, t text);
INSERT INTO d VALUES (1, '{"b": 1, "a": [1, 2]}', 'x'), (2, '[1, 2]', 'y'), (3, '"s"', 'z');
SELECT id, j || '{"c": true, "b": 2}' AS merged FROM d ORDER BY id;
SELECT '[1]'::jsonb || '[2, 3]'::jsonb AS arrays, '[1]'::jsonb || '{"k": 1}'::jsonb AS arr_obj, '{"k": 1}'::jsonb || '[1]'::jsonb AS obj_arr, '1'::jsonb || '2'::jsonb AS scalars;
UPDATE d SET j = j || '{"z": null}' WHERE id = 1;
SELECT j FROM d WHERE id = 1;
SELECT j || t AS jsonb_then_text FROM d WHERE id = 2;
