-- arrays print with braces, quote elements that need it and show NULL unquoted
SELECT ARRAY[1, 2, NULL] AS ints, ARRAY['a', 'b c', 'd"e', 'f,g', '', 'NULL', NULL] AS texts;
SELECT '{1,2,3}'::int[] AS from_text, '{{1,2},{3,4}}'::int[] AS two_dim, '{}'::text[] AS empty;
SELECT ARRAY['x\y'] AS backslash, ARRAY[true, false] AS bools, ARRAY[1.5, 2]::numeric[] AS nums;
SELECT '{1,2'::int[];
