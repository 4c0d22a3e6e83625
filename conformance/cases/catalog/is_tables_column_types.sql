-- information_schema.tables' column types as RowDescription reports them
CREATE TABLE t (a int);
SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'public';
