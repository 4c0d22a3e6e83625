-- labels are case-sensitive and may contain spaces
CREATE TYPE status AS ENUM ('Not Started', 'in progress', 'DONE');
CREATE TABLE t (id int, s status);
INSERT INTO t VALUES (1, 'DONE'), (2, 'Not Started'), (3, 'in progress');
SELECT id, s FROM t ORDER BY s;
INSERT INTO t VALUES (4, 'done');
