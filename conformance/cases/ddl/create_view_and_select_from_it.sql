-- a view returns the current rows of its query and column aliases name its columns
CREATE TABLE t (id int, price numeric(6,2));
INSERT INTO t VALUES (1, 10.00), (2, 25.50);
CREATE VIEW expensive (item, cost) AS SELECT id, price FROM t WHERE price > 20;
SELECT item, cost FROM expensive ORDER BY item;
INSERT INTO t VALUES (3, 99.99);
SELECT * FROM expensive ORDER BY item;
