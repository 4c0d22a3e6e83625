-- enum values sort in declaration order, not alphabetically
CREATE TYPE size AS ENUM ('small', 'medium', 'large');
CREATE TABLE t (id int, s size);
INSERT INTO t VALUES (1, 'large'), (2, 'small'), (3, 'medium'), (4, 'small');
SELECT id, s FROM t ORDER BY s, id;
SELECT id, s FROM t ORDER BY s DESC, id;
