-- a LATERAL subquery can reference columns of the preceding FROM item
CREATE TABLE authors (id int, name text);
CREATE TABLE books (author_id int, title text, year int);
INSERT INTO authors VALUES (1, 'ann'), (2, 'bob'), (3, 'cid');
INSERT INTO books VALUES (1, 'a1', 2001), (1, 'a2', 2005), (1, 'a3', 2003), (2, 'b1', 1999);
SELECT a.name, b.title FROM authors a CROSS JOIN LATERAL (SELECT title FROM books WHERE author_id = a.id ORDER BY year DESC LIMIT 2) b ORDER BY a.name, b.title;
SELECT a.name, b.title FROM authors a LEFT JOIN LATERAL (SELECT title FROM books WHERE author_id = a.id ORDER BY year LIMIT 1) b ON true ORDER BY a.name;
