-- tables in a schema are reached by qualified names, CREATE SCHEMA IF NOT EXISTS is a no-op
CREATE SCHEMA app;
CREATE SCHEMA IF NOT EXISTS app;
CREATE SCHEMA app;
CREATE TABLE app.items (id int);
INSERT INTO app.items VALUES (1);
SELECT id FROM app.items;
SELECT id FROM items;
