-- format supports %s, %I and %L with positional arguments and widths
SELECT format('Hello %s, you are %s', 'ann', 30) AS s, format('%s|%s', NULL, 'x') AS null_s;
SELECT format('INSERT INTO %I VALUES (%L, %L)', 'My Table', 'it''s', NULL) AS quoted;
SELECT format('%2$s %1$s', 'world', 'hello') AS positional, format('[%5s][%-5s]', 'ab', 'cd') AS widths, format('100%%') AS percent;
SELECT format('%I', 'simple') AS plain_ident;
SELECT format('%s %s', 'only one');
