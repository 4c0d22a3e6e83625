-- a multi-row INSERT reports the row count in its tag
CREATE TABLE t (id int, v text);
INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, NULL);
INSERT INTO t (v, id) VALUES ('d', 4);
SELECT id, v FROM t ORDER BY id;
