-- ADD COLUMN … PRIMARY KEY on an empty table; a second primary key is 42P16
CREATE TABLE t (a text);
ALTER TABLE t ADD COLUMN id int PRIMARY KEY;
ALTER TABLE t ADD COLUMN id2 int PRIMARY KEY;
INSERT INTO t VALUES ('x', 1);
INSERT INTO t VALUES ('y', 1);
INSERT INTO t VALUES ('z', NULL);
SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass;
SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
