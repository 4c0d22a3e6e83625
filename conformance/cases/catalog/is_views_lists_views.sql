-- information_schema.views lists the user's views
CREATE TABLE t (a int);
CREATE VIEW v2 AS SELECT a FROM t;
CREATE VIEW v1 AS SELECT a FROM t WHERE a > 1;
SELECT table_schema::text, table_name::text, check_option::text FROM information_schema.views WHERE table_schema = 'public' ORDER BY 2;
