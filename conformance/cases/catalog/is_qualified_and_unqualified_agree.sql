-- information_schema columns selected qualified by the view name
CREATE TABLE t (a int);
SELECT information_schema.columns.column_name::text FROM information_schema.columns WHERE information_schema.columns.table_name = 't';
