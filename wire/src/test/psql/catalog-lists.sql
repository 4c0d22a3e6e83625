CREATE TABLE cat_items (id serial PRIMARY KEY, name text UNIQUE);
CREATE VIEW cat_names AS SELECT name FROM cat_items;
CREATE SCHEMA cat_app;
\dt
\di
\ds
\dv
\dn
\du postgres
\df lower
\df upper
\df
