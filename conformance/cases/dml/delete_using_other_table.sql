-- DELETE ... USING removes rows matching a join
CREATE TABLE orders (id int, customer text);
CREATE TABLE banned (name text);
INSERT INTO orders VALUES (1, 'ann'), (2, 'bob'), (3, 'cid'), (4, 'bob');
INSERT INTO banned VALUES ('bob');
DELETE FROM orders o USING banned b WHERE o.customer = b.name;
SELECT id, customer FROM orders ORDER BY id;
