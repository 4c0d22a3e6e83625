-- DROP NOT NULL on a primary key column is 42P16; on another column it lifts the constraint
CREATE TABLE t (id int PRIMARY KEY, v text NOT NULL);
ALTER TABLE t ALTER COLUMN id DROP NOT NULL;
ALTER TABLE t ALTER COLUMN v DROP NOT NULL;
INSERT INTO t VALUES (1, NULL);
ALTER TABLE t ALTER COLUMN zz SET NOT NULL;
SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
