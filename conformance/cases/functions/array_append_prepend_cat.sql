-- building arrays from others
SELECT array_append(ARRAY[1, 2], 3) AS app, array_prepend(0, ARRAY[1, 2]) AS pre, array_cat(ARRAY['a'], ARRAY['b', 'c']) AS cat;
