-- cardinality counts all elements, array_length one dimension
SELECT cardinality(ARRAY[1, 2, 3]) AS c, cardinality('{}'::int[]) AS empty, array_length(ARRAY['a', 'b'], 1) AS len, cardinality(ARRAY[[1, 2, 3], [4, 5, 6]]) AS c2;
