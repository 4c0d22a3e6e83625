-- a volatile DEFAULT is evaluated for each existing row
CREATE TABLE t (id int);
INSERT INTO t VALUES (1), (2), (3);
ALTER TABLE t ADD COLUMN u uuid DEFAULT gen_random_uuid();
ALTER TABLE t ADD COLUMN created timestamptz NOT NULL DEFAULT now();
SELECT count(*) AS rows, count(DISTINCT u) AS distinct_ids, count(created) AS stamped FROM t;
