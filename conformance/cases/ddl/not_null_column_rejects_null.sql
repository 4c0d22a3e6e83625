-- NOT NULL rejects explicit NULL and omitted columns without default with 23502
CREATE TABLE t (id int NOT NULL, name text NOT NULL);
INSERT INTO t VALUES (1, 'a');
INSERT INTO t VALUES (2, NULL);
INSERT INTO t (id) VALUES (3);
UPDATE t SET name = NULL;
SELECT id, name FROM t;
