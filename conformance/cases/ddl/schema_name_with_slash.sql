-- a quoted schema name containing a slash works for tables and qualified references
CREATE SCHEMA "tenant/one";
CREATE TABLE "tenant/one".users (id int PRIMARY KEY, name text);
INSERT INTO "tenant/one".users VALUES (1, 'ann'), (2, 'bob');
SELECT u.id, u.name FROM "tenant/one".users AS u ORDER BY u.id;
SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant%';
DROP SCHEMA "tenant/one" CASCADE;
