-- DROP TABLE refuses when a view depends on it, CASCADE drops the view too
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
DROP TABLE t;
DROP TABLE t CASCADE;
SELECT * FROM v;
