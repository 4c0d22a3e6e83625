-- a constraint name already used on the table is 42710; a key named like an existing relation is 42P07
CREATE TABLE t (id int PRIMARY KEY, v int);
ALTER TABLE t ADD CONSTRAINT c1 CHECK (v > 0);
ALTER TABLE t ADD CONSTRAINT c1 CHECK (id > 0);
ALTER TABLE t ADD CONSTRAINT t_pkey UNIQUE (v);
ALTER TABLE t ADD CONSTRAINT v_key UNIQUE (v);
SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY conname;
