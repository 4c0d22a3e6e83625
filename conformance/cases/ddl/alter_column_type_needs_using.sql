-- text to integer has no automatic cast: 42804 with a HINT, then USING converts
CREATE TABLE t (id int, v text);
INSERT INTO t VALUES (1, '10'), (2, '20');
ALTER TABLE t ALTER COLUMN v TYPE integer;
ALTER TABLE t ALTER COLUMN v TYPE integer USING v::integer;
SELECT id, v, v * 2 AS doubled FROM t ORDER BY v DESC;
SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'v';
