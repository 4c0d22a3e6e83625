-- SET DEFAULT and DROP DEFAULT as pg_attrdef shows them
CREATE TABLE t (id int, v int);
ALTER TABLE t ALTER COLUMN v SET DEFAULT 7;
SELECT pg_get_expr(adbin, adrelid) AS default_expr FROM pg_attrdef WHERE adrelid = 't'::regclass;
INSERT INTO t (id) VALUES (1);
ALTER TABLE t ALTER v DROP DEFAULT;
SELECT count(*) AS defaults FROM pg_attrdef WHERE adrelid = 't'::regclass;
INSERT INTO t (id) VALUES (2);
SELECT id, v FROM t ORDER BY id;
