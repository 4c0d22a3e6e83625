-- UPDATE reports how many rows it changed and RETURNING shows new values
CREATE TABLE t (id int, qty int);
INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);
UPDATE t SET qty = qty + 1 WHERE id >= 2;
UPDATE t SET qty = 0 WHERE id = 99;
UPDATE t SET qty = qty * 2 WHERE id = 1 RETURNING id, qty;
SELECT id, qty FROM t ORDER BY id;
