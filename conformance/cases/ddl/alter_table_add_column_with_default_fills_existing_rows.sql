-- ADD COLUMN with a DEFAULT fills existing rows, without one they get NULL
CREATE TABLE t (id int);
INSERT INTO t VALUES (1), (2);
ALTER TABLE t ADD COLUMN flag boolean DEFAULT true;
ALTER TABLE t ADD COLUMN note text;
INSERT INTO t (id) VALUES (3);
SELECT id, flag, note FROM t ORDER BY id;
