-- array_to_string joins elements, skipping NULLs unless a null string is given
SELECT array_to_string(ARRAY['a', NULL, 'c'], ',') AS skipped, array_to_string(ARRAY['a', NULL, 'c'], ',', '*') AS replaced, array_to_string(ARRAY[1, 2, 3], '-') AS ints;
