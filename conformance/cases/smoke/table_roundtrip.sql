-- DDL and DML command tags, including row counts, and RETURNING.
CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, qty int DEFAULT 0);
INSERT INTO items VALUES (1, 'apple', 3), (2, 'pear', 5);
INSERT INTO items (id, name) VALUES (3, 'plum') RETURNING id, name, qty;
SELECT id, name, qty FROM items ORDER BY id;
UPDATE items SET qty = qty + 1 WHERE id <= 2;
DELETE FROM items WHERE id = 3;
SELECT count(*) FROM items;
DROP TABLE items;
