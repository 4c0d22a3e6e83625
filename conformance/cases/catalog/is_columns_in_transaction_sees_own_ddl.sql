-- information_schema sees a table created earlier in the same transaction
BEGIN;
CREATE TABLE t (a int);
SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public';
ROLLBACK;
SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public';
