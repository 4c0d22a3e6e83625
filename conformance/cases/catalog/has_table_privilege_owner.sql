-- the owner has privileges on its own table
CREATE TABLE t (a int);
SELECT has_table_privilege('t', 'SELECT') AS sel, has_schema_privilege('public', 'USAGE') AS usage;
