-- column and table CHECK constraints reject violating rows with 23514, NULL passes a CHECK
CREATE TABLE t (price numeric CHECK (price > 0), discount numeric, CONSTRAINT discount_below_price CHECK (discount < price));
INSERT INTO t VALUES (10, 5);
INSERT INTO t VALUES (-1, NULL);
INSERT INTO t VALUES (10, 20);
INSERT INTO t VALUES (NULL, NULL);
UPDATE t SET discount = 100 WHERE price = 10;
SELECT price, discount FROM t ORDER BY price NULLS LAST;
