-- UPDATE ... FROM joins another table to compute new values
CREATE TABLE accounts (id int, balance int);
CREATE TABLE deposits (account_id int, amount int);
INSERT INTO accounts VALUES (1, 100), (2, 200), (3, 300);
INSERT INTO deposits VALUES (1, 5), (3, 7);
UPDATE accounts a SET balance = a.balance + d.amount FROM deposits d WHERE d.account_id = a.id;
SELECT id, balance FROM accounts ORDER BY id;
