-- indexes and constraints on a dropped column go with it
CREATE TABLE t (id int PRIMARY KEY, email text UNIQUE, score int CHECK (score >= 0));
CREATE INDEX t_score_idx ON t (score);
ALTER TABLE t DROP COLUMN email, DROP COLUMN score;
SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY indexname;
SELECT conname FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY conname;
INSERT INTO t VALUES (1);
SELECT * FROM t;
