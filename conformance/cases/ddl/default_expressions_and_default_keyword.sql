-- column defaults apply for omitted columns and the DEFAULT keyword
CREATE TABLE t (id int, label text DEFAULT 'none', n int DEFAULT 2 * 21, created boolean DEFAULT (1 < 2));
INSERT INTO t (id) VALUES (1);
INSERT INTO t VALUES (2, DEFAULT, 7, DEFAULT);
INSERT INTO t DEFAULT VALUES;
UPDATE t SET label = DEFAULT WHERE id = 2;
SELECT id, label, n, created FROM t ORDER BY id NULLS FIRST;
