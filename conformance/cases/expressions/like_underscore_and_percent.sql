-- _ matches one character, % any run
SELECT 'abc' LIKE 'a_c' AS one, 'ac' LIKE 'a_c' AS none, 'abbbc' LIKE 'a%c' AS many, 'abc' LIKE '%' AS all_pct, '' LIKE '%' AS empty;
