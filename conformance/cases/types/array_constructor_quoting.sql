-- array output quotes elements with spaces, commas, quotes, braces and empty strings
SELECT ARRAY['plain', 'two words', 'a,b', 'q"q', '{x}', '', 'null'] AS quoted;
