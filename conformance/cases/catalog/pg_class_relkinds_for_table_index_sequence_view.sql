-- relkind distinguishes tables, indexes, sequences and views
CREATE TABLE t (id serial PRIMARY KEY, v text);
CREATE VIEW tv AS SELECT id FROM t;
SELECT relname, relkind FROM pg_class WHERE relname IN ('t', 't_pkey', 't_id_seq', 'tv') ORDER BY relname;
