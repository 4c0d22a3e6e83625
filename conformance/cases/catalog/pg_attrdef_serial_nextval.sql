-- a serial column's default is nextval of its sequence
CREATE TABLE t (id serial);
SELECT pg_get_expr(d.adbin, d.adrelid) AS def FROM pg_attrdef d WHERE d.adrelid = 't'::regclass;
