-- a constant DEFAULT given with ADD COLUMN is what pg_get_expr shows and what existing rows get
CREATE TABLE t (id int);
INSERT INTO t VALUES (1), (2);
ALTER TABLE t ADD COLUMN n int DEFAULT 42;
SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) AS default_expr FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = 't'::regclass;
INSERT INTO t (id) VALUES (3);
SELECT id, n FROM t ORDER BY id;
