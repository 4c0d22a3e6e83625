-- enum comparisons follow the declaration order
CREATE TYPE level AS ENUM ('low', 'mid', 'high');
CREATE TABLE t (id int, l level);
INSERT INTO t VALUES (1, 'low'), (2, 'mid'), (3, 'high');
SELECT id FROM t WHERE l > 'low' ORDER BY id;
SELECT id FROM t WHERE l <= 'mid' ORDER BY id;
SELECT id FROM t WHERE l = 'high';
