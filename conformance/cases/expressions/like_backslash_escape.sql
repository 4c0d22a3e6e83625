-- backslash is LIKE's default escape character; ESCAPE picks another
SELECT 'a%b' LIKE 'a\%b' AS literal_pct, 'axb' LIKE 'a\%b' AS not_pct, 'a_b' LIKE 'a#_b' ESCAPE '#' AS custom, 'a\b' LIKE 'a\\b' AS backslash;
