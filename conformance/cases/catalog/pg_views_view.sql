-- pg_views lists a view
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
SELECT schemaname, viewname FROM pg_views WHERE schemaname = 'public';
