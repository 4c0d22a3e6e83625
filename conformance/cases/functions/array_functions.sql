-- array_length, cardinality, array_append/prepend/cat/remove/replace/position and bounds
SELECT array_length(ARRAY[1, 2, 3], 1) AS len, array_length('{}'::int[], 1) AS empty_len, cardinality(ARRAY[[1, 2], [3, 4]]) AS card, array_upper(ARRAY[1, 2], 1) AS up, array_lower(ARRAY[1, 2], 1) AS low;
SELECT array_append(ARRAY[1, 2], 3) AS app, array_prepend(0, ARRAY[1]) AS pre, array_cat(ARRAY[1], ARRAY[2, 3]) AS cat, array_remove(ARRAY[1, 2, 1], 1) AS rem, array_replace(ARRAY[1, 2, 1], 1, 9) AS repl;
SELECT array_position(ARRAY['a', 'b', 'c'], 'b') AS pos, array_positions(ARRAY[1, 2, 1], 1) AS positions, array_position(ARRAY['a'], 'z') AS missing;
SELECT ARRAY[1, 2] @> ARRAY[2] AS contains, ARRAY[1, 2] && ARRAY[2, 3] AS overlap, ARRAY[1, 2] = ARRAY[1, 2] AS eq, ARRAY[1, 2] < ARRAY[1, 3] AS lt;
SELECT ARRAY(SELECT generate_series(1, 3)) AS from_query, array_fill(7, ARRAY[2]) AS filled, trim_array(ARRAY[1, 2, 3], 1) AS trimmed;
