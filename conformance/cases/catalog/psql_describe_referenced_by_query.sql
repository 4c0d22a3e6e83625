-- the referenced-by footer query psql's \d table runs
CREATE TABLE authors (id int PRIMARY KEY);
CREATE TABLE books (id int PRIMARY KEY, author_id int REFERENCES authors (id));
SELECT conname, conrelid::pg_catalog.regclass AS ontable, pg_catalog.pg_get_constraintdef(oid, true) AS condef FROM pg_catalog.pg_constraint c WHERE confrelid IN (SELECT pg_catalog.pg_partition_ancestors('authors'::regclass) UNION ALL VALUES ('authors'::pg_catalog.regclass)) AND contype = 'f' AND conparentid = 0 ORDER BY conname;
