-- % crosses newlines; ILIKE folds non-ASCII letters too
SELECT E'line1\nline2' LIKE 'line1%line2' AS multiline, 'ÉCOLE' ILIKE 'école' AS unicode_ilike, 'straße' LIKE 'stra_e' AS one_char;
