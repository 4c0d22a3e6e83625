-- The basic change stream: one pgoutput transaction per source transaction, old keys for updates of the key.
-- replication: publication=pub_items
CREATE TABLE items (id text PRIMARY KEY, qty int, price numeric(12,2), tags text[]);
CREATE TABLE orders (id int PRIMARY KEY, item_id text, note text);
ALTER TABLE orders REPLICA IDENTITY FULL;
CREATE TABLE unpublished (id int PRIMARY KEY);
CREATE PUBLICATION pub_items FOR TABLE items, orders;
-- @capture
INSERT INTO items VALUES ('a', 1, 9.99, '{x,"y z"}');
UPDATE items SET qty = 2 WHERE id = 'a';
UPDATE items SET id = 'b' WHERE id = 'a';
INSERT INTO orders VALUES (1, 'b', NULL);
UPDATE orders SET note = 'hello' WHERE id = 1;
INSERT INTO unpublished VALUES (1);
DELETE FROM orders WHERE id = 1;
DELETE FROM items WHERE id = 'b';
