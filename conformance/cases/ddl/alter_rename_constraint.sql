-- RENAME CONSTRAINT renames a check and a key (with its index); errors for a missing or taken name
CREATE TABLE t (id int PRIMARY KEY, v int CONSTRAINT v_pos CHECK (v > 0));
ALTER TABLE t RENAME CONSTRAINT v_pos TO v_positive;
ALTER TABLE t RENAME CONSTRAINT t_pkey TO t_key_renamed;
ALTER TABLE t RENAME CONSTRAINT nope TO other;
ALTER TABLE t RENAME CONSTRAINT v_positive TO t_key_renamed;
INSERT INTO t VALUES (1, -1);
SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY conname;
SELECT indexname FROM pg_indexes WHERE tablename = 't';
