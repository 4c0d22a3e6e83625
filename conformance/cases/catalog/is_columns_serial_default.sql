-- a serial column's default is nextval of its sequence
CREATE TABLE t (id serial, n int DEFAULT 42);
SELECT column_name::text, column_default::text FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position;
