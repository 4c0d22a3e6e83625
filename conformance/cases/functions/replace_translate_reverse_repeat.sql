-- replace, translate, reverse and repeat manipulate whole strings
SELECT replace('abcdefabcdef', 'cd', 'XX') AS replaced, replace('aaa', 'a', '') AS removed, translate('12345', '143', 'ax') AS translated;
SELECT reverse('abc') AS reversed, repeat('Pg', 3) AS repeated, repeat('x', 0) AS none, repeat('x', -1) AS negative;
CREATE TABLE t (id int, phone text);
INSERT INTO t VALUES (1, '555-123-4567'), (2, '(555) 000');
SELECT id, phone, replace(phone, '-', '') AS digits, translate(phone, '()- ', '') AS stripped FROM t ORDER BY id;
