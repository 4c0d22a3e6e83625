-- Run by PsqlScriptsTest with ON_ERROR_STOP=0: every error goes to stderr and psql carries on.
CREATE TABLE uniq (id int primary key, name text not null);
INSERT INTO uniq (id, name) VALUES (1, 'first');
INSERT INTO uniq (id, name) VALUES (1, 'again');
SELECT * FROM missing_table;
INSERT INTO uniq (id, name) VALUES (2, NULL);
SELECT id, name FROM uniq;
BEGIN;
INSERT INTO uniq (id, name) VALUES (1, 'in a transaction');
SELECT 1;
ROLLBACK;
SELECT count(*) FROM uniq;
