-- LATERAL subqueries see the columns of the FROM items before them: aggregates (always one row), joins, CROSS JOIN LATERAL and LEFT JOIN LATERAL
CREATE TABLE authors (id int, name text);
CREATE TABLE books (author_id int, title text, year int);
INSERT INTO authors VALUES (1, 'ann'), (2, 'bob'), (3, 'cid');
INSERT INTO books VALUES (1, 'a1', 2001), (1, 'a2', 2005), (2, 'b1', 1999);
SELECT a.name, s.n, s.titles FROM authors a JOIN LATERAL (SELECT count(*) AS n, array_agg(title ORDER BY title) AS titles FROM books b WHERE b.author_id = a.id) AS s ON true ORDER BY a.name;
SELECT a.name, x.title, x.pos FROM authors a CROSS JOIN LATERAL (SELECT b.title, t.pos FROM unnest(ARRAY[2001, 1999, 2005]) WITH ORDINALITY AS t(y, pos) JOIN books b ON b.year = t.y WHERE b.author_id = a.id) x ORDER BY a.name, x.pos;
SELECT a.name, l.title FROM authors a LEFT JOIN LATERAL (SELECT title FROM books WHERE author_id = a.id AND year > 2000) l ON true ORDER BY a.name, l.title;
SELECT a.name, m.latest FROM authors a, LATERAL (SELECT max(year) AS latest FROM books WHERE author_id = a.id) m WHERE m.latest IS NOT NULL ORDER BY a.name;
