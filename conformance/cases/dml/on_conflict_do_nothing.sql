-- ON CONFLICT DO NOTHING skips conflicting rows and counts only inserted ones
CREATE TABLE t (id int PRIMARY KEY, v text);
INSERT INTO t VALUES (1, 'a');
INSERT INTO t VALUES (1, 'dup'), (2, 'b') ON CONFLICT DO NOTHING;
INSERT INTO t VALUES (1, 'dup') ON CONFLICT (id) DO NOTHING RETURNING *;
SELECT id, v FROM t ORDER BY id;
