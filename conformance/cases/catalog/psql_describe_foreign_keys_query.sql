-- the foreign-key footer query psql's \d table runs (Postgres 12 and later)
CREATE TABLE authors (id int PRIMARY KEY);
CREATE TABLE books (id int PRIMARY KEY, author_id int REFERENCES authors (id) ON DELETE SET NULL);
SELECT true as sametable, conname, pg_catalog.pg_get_constraintdef(r.oid, true) as condef, conrelid::pg_catalog.regclass AS ontable FROM pg_catalog.pg_constraint r WHERE r.conrelid = 'books'::regclass AND r.contype = 'f' AND conparentid = 0 ORDER BY conname;
