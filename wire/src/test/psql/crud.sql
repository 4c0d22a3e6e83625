-- Run by PsqlScriptsTest with: psql -X -A -t -v ON_ERROR_STOP=1 -f crud.sql; stdout must equal crud.expected.
\echo crud: create and insert
CREATE TABLE people (id int primary key, name text not null, active bool, score numeric, born date);
INSERT INTO people (id, name, active, score, born) VALUES (1, 'Ann', true, 12.50, '1990-01-02'), (2, 'Bob', false, NULL, NULL);
INSERT INTO people (id, name, active, score, born) VALUES (3, 'Cy O''Neil', true, -0.5, '2000-02-29');
SELECT id, name, active, score, born FROM people ORDER BY id;
\echo crud: update and delete
UPDATE people SET score = 99 WHERE id = 2;
UPDATE people SET active = false WHERE active = true;
DELETE FROM people WHERE id = 3;
SELECT id, name, active, score FROM people ORDER BY id;
\echo crud: transactions
BEGIN;
INSERT INTO people (id, name) VALUES (4, 'rolled back');
ROLLBACK;
BEGIN;
INSERT INTO people (id, name) VALUES (5, 'committed');
SAVEPOINT before_six;
INSERT INTO people (id, name) VALUES (6, 'rolled back to savepoint');
ROLLBACK TO SAVEPOINT before_six;
COMMIT;
SELECT id, name FROM people ORDER BY id;
SELECT count(*) AS n, max(id) AS top FROM people WHERE name IS NOT NULL;
\echo crud: done
