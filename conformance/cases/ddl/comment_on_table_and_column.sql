-- COMMENT ON stores descriptions readable via obj_description and col_description
CREATE TABLE t (id int, name text);
COMMENT ON TABLE t IS 'the table';
COMMENT ON COLUMN t.name IS 'the name';
SELECT obj_description('t'::regclass, 'pg_class') AS tab, col_description('t'::regclass, 2) AS col;
COMMENT ON TABLE t IS NULL;
SELECT obj_description('t'::regclass, 'pg_class') AS tab;
