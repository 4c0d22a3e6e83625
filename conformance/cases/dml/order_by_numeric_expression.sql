-- ORDER BY a numeric expression and LIMIT
CREATE TABLE items (name text, price numeric(8,2), qty int);
INSERT INTO items VALUES ('a', 9.99, 3), ('b', 10.00, 1), ('c', 2.50, 10);
SELECT name, price * qty AS total FROM items ORDER BY price * qty DESC LIMIT 2;
