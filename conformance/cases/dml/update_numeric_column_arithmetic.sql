-- UPDATE with numeric arithmetic keeps the column's scale
CREATE TABLE accounts (id int, balance numeric(10,2));
INSERT INTO accounts VALUES (1, 100.00), (2, 0.10);
UPDATE accounts SET balance = balance * 1.05 WHERE id = 1;
UPDATE accounts SET balance = balance + 0.2 WHERE id = 2;
SELECT id, balance FROM accounts ORDER BY id;
