-- pg_attribute lists user columns with attnum, type and not-null
CREATE TABLE t (id int NOT NULL, name varchar(20), price numeric(10,2));
SELECT attname, attnum, format_type(atttypid, atttypmod) AS type, attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum;
