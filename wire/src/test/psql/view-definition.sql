CREATE TABLE cat_items (id serial PRIMARY KEY, name text UNIQUE);
CREATE VIEW cat_names AS SELECT name FROM cat_items;
CREATE VIEW cat_recent AS SELECT id, name FROM cat_items WHERE id > 10 AND name IS NOT NULL ORDER BY id DESC;
\d+ cat_names
\d+ cat_recent
