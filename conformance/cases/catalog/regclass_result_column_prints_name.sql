-- a regclass result column prints the relation name
CREATE TABLE t (a int);
CREATE SCHEMA s;
CREATE TABLE s.u (b int);
SELECT c.oid::regclass AS rel FROM pg_class c WHERE c.relname IN ('t', 'u') ORDER BY c.relname;
