-- array_agg keeps NULLs and returns NULL over no rows
CREATE TABLE t (id int, v int);
INSERT INTO t VALUES (1, 5), (2, NULL), (3, 7);
SELECT array_agg(v ORDER BY id) AS vs FROM t;
SELECT array_agg(v) AS none FROM t WHERE id > 10;
