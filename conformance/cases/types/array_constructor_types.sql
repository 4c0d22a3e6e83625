-- ARRAY[...] takes the element type of its elements
SELECT ARRAY[1, 2, 3] AS ints, ARRAY['a', 'b'] AS texts, ARRAY[1.5, 2.25] AS nums, ARRAY[true, false, NULL] AS bools;
