-- information_schema.tables reports the table as insertable
CREATE TABLE t (a int);
SELECT is_insertable_into::text FROM information_schema.tables WHERE table_name = 't';
