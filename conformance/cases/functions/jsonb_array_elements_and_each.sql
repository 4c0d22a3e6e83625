-- jsonb_array_elements(_text), jsonb_each(_text) and jsonb_object_keys expand documents into rows
SELECT value FROM jsonb_array_elements('[1, "two", {"three": 3}, null]') WITH ORDINALITY AS e(value, n) ORDER BY n;
SELECT value FROM jsonb_array_elements_text('["a", "b", 1]') WITH ORDINALITY AS e(value, n) ORDER BY n;
SELECT key, value FROM jsonb_each('{"b": [1], "a": "x"}') ORDER BY key;
SELECT key, value FROM jsonb_each_text('{"b": [1], "a": "x", "c": null}') ORDER BY key;
SELECT k FROM jsonb_object_keys('{"z": 1, "a": 2}') AS k ORDER BY k;
SELECT jsonb_array_length('[1, 2, [3]]') AS len, jsonb_typeof('1.5') AS num_type;
SELECT jsonb_array_elements('{"a": 1}');
