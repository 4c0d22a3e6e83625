-- pg_description holds COMMENT ON text
CREATE TABLE t (a int);
COMMENT ON TABLE t IS 'a table';
SELECT d.description FROM pg_description d WHERE d.objoid = 't'::regclass AND d.objsubid = 0;
