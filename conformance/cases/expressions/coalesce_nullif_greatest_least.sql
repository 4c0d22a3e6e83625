-- COALESCE returns the first non-NULL, NULLIF returns NULL on equality, GREATEST/LEAST ignore NULLs
SELECT coalesce(NULL, NULL, 3, 4) AS c, coalesce(NULL::text, 'x') AS ct, coalesce(NULL::int) AS all_null;
SELECT nullif(5, 5) AS same, nullif(5, 6) AS differ, nullif('', '') IS NULL AS empty;
SELECT greatest(1, 5, 3) AS g, least(4, 2, 8) AS l, greatest(1, NULL, 2) AS g_null, least(NULL::int, NULL) AS all_null2, greatest('apple', 'pear') AS gt;
SELECT coalesce(1, 'x');
