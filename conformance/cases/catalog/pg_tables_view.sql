-- pg_tables lists user tables of each schema
CREATE TABLE a (x int);
CREATE SCHEMA s;
CREATE TABLE s.b (y int);
SELECT schemaname, tablename FROM pg_tables WHERE schemaname IN ('public', 's') ORDER BY schemaname, tablename;
