-- doubled quotes, E'' escapes and dollar quoting all produce plain text
SELECT 'it''s' AS doubled, E'tab\there' AS tab, E'line1\nline2' AS newline, $$dollar 'quoted'$$ AS dollar;
SELECT length(E'a\\b') AS backslash_len, 'a\b' AS standard_string;
SELECT U&'\0041BC' AS unicode_escape;
SELECT '' AS empty, '' IS NULL AS empty_is_null;
