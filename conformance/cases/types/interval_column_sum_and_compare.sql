-- interval columns compare by length
CREATE TABLE t (id int, d interval);
INSERT INTO t VALUES (1, '1 day'), (2, '25 hours'), (3, '23 hours');
SELECT id FROM t WHERE d > interval '1 day' ORDER BY id;
SELECT id FROM t WHERE d = interval '24 hours' ORDER BY id;
