-- a table in a created schema shows under that schema
CREATE SCHEMA app;
CREATE TABLE app.items (id int);
SELECT table_schema::text, table_name::text FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2;
