-- missing schemas fail with 3F000, missing types and indexes with 42704, missing sequences with 42P01
CREATE TABLE nosuchschema.t (id int);
CREATE TABLE t (v nosuchtype);
SELECT nextval('nosuchseq');
DROP TYPE nosuchtype;
DROP SCHEMA nosuchschema;
DROP INDEX nosuchindex;
SELECT 1 AS ok;
