-- jsonb sorts keys (shorter first), keeps the last duplicate and prints with single spaces
SELECT '{"b": 1,   "a": [1,2], "b": 3, "aa": {"y":true,"x":null}}'::jsonb AS j;
SELECT '[1,2,   3]'::jsonb AS arr, '12.50'::jsonb AS num, '1e3'::jsonb AS exp, '"tab\t"'::jsonb AS esc;
SELECT '{"a":1}'::jsonb = '{ "a" : 1 }'::jsonb AS equal;
SELECT '{bad}'::jsonb;
