-- split_part picks one field, string_to_array splits into an array
SELECT split_part('a,b,c', ',', 2) AS second, split_part('a,b,c', ',', 5) AS beyond, split_part('a,b,c', ',', -1) AS last;
SELECT string_to_array('a,b,,c', ',') AS arr, string_to_array('a b', NULL) AS chars, string_to_array('a,*,c', ',', '*') AS with_null;
SELECT array_to_string(ARRAY['a', NULL, 'c'], '-') AS skip_null, array_to_string(ARRAY['a', NULL, 'c'], '-', '?') AS replace_null;
SELECT split_part('a,b', ',', 0);
