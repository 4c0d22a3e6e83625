-- LANGUAGE sql functions with named and positional parameters, schema-qualified, called in a select list and in INSERT
CREATE SCHEMA app;
CREATE FUNCTION app.label(n int, tag text) RETURNS text AS $$ SELECT tag || '-' || (n * 2) $$ LANGUAGE sql;
CREATE TABLE app.items (id int PRIMARY KEY, name text);
CREATE OR REPLACE FUNCTION app.total() RETURNS bigint AS $$ SELECT count(*) FROM app.items $$ LANGUAGE sql;
INSERT INTO app.items VALUES (1, app.label(1, 'a')), (2, app.label($$2$$::int, 'b'));
SELECT app.label(id, name) AS l, app.total() FROM app.items ORDER BY id;
SELECT app.total();
DROP FUNCTION app.label(integer, text);
DROP FUNCTION IF EXISTS app.label(int, text);
DROP FUNCTION app.label;
DROP FUNCTION IF EXISTS app.total, app.nope;
SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'app';
