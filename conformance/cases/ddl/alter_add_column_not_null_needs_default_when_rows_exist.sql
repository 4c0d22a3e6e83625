-- ADD COLUMN … NOT NULL without a default fails with 23502 on a table with rows, works on an empty one
CREATE TABLE t (id int);
INSERT INTO t VALUES (1);
ALTER TABLE t ADD COLUMN n int NOT NULL;
DELETE FROM t;
ALTER TABLE t ADD COLUMN n int NOT NULL;
INSERT INTO t (id) VALUES (2);
SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
