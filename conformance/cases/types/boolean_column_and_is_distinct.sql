-- boolean columns with IS TRUE, IS NOT FALSE and IS UNKNOWN treat NULL explicitly
CREATE TABLE t (id int, b boolean);
INSERT INTO t VALUES (1, true), (2, false), (3, NULL);
SELECT id, b, b IS TRUE AS is_true, b IS NOT FALSE AS not_false, b IS UNKNOWN AS unknown FROM t ORDER BY id;
SELECT id FROM t WHERE b ORDER BY id;
SELECT id FROM t WHERE NOT b ORDER BY id;
