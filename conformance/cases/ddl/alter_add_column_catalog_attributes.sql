-- ADD COLUMN appends attributes with the declared type, typmod and NOT NULL
CREATE TABLE t (id int);
INSERT INTO t VALUES (1);
ALTER TABLE t ADD COLUMN name varchar(20), ADD COLUMN price numeric(10,2) NOT NULL DEFAULT 0;
SELECT attnum, attname, format_type(atttypid, atttypmod) AS type, attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT id, name, price FROM t;
