-- columns joined to their types by OID
CREATE TABLE t (a int8, b bool, c text[]);
SELECT a.attname, t.typname, t.typcategory FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = 't'::regclass AND a.attnum > 0 ORDER BY a.attnum;
