-- RETURNING a computed numeric value
CREATE TABLE t (id int, price numeric(6,2));
INSERT INTO t VALUES (1, 19.99) RETURNING id, price * 2 AS doubled;
UPDATE t SET price = price - 0.99 RETURNING price;
