-- ADD COLUMN … UNIQUE creates the key constraint with Postgres's name and enforces it
CREATE TABLE t (id int);
INSERT INTO t VALUES (1), (2);
ALTER TABLE t ADD COLUMN code text UNIQUE;
UPDATE t SET code = 'a' WHERE id = 1;
UPDATE t SET code = 'a' WHERE id = 2;
SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY conname;
SELECT indexname FROM pg_indexes WHERE tablename = 't';
