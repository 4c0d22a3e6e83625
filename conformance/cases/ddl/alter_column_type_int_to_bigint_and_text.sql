-- ALTER COLUMN TYPE converts existing values, USING allows a custom conversion
CREATE TABLE t (id int, v text);
INSERT INTO t VALUES (1, '10'), (2, '20');
ALTER TABLE t ALTER COLUMN id TYPE bigint;
ALTER TABLE t ALTER COLUMN v TYPE integer USING v::integer;
SELECT id, v, v + 1 AS v1 FROM t ORDER BY id;
