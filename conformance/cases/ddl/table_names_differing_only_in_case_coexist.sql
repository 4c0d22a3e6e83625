-- two tables whose names differ only in case are two tables: own rows, keys, catalog rows, DROP; the one created second too
CREATE TABLE "Orders" (id int PRIMARY KEY, note text);
CREATE TABLE orders (id int PRIMARY KEY, total int);
INSERT INTO "Orders" VALUES (1, 'upper');
INSERT INTO orders VALUES (1, 10), (2, 20);
SELECT o.id, o.note, l.total FROM "Orders" o JOIN orders l ON l.id = o.id;
UPDATE orders SET total = total + 1 WHERE id = 2;
SELECT orders.id, orders.total FROM orders ORDER BY orders.id;
SELECT id, total FROM public.orders WHERE id IN (SELECT id FROM "Orders") OR total > 20 ORDER BY id;
SELECT relname FROM pg_class WHERE relname IN ('Orders', 'orders') ORDER BY relname;
SELECT column_name FROM information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position;
INSERT INTO orders VALUES (1, 5);
DELETE FROM "Orders" WHERE id = 1;
SELECT count(*) FROM "Orders";
DROP TABLE orders;
SELECT count(*) FROM orders;
INSERT INTO "Orders" VALUES (3, 'again') RETURNING id, note;
