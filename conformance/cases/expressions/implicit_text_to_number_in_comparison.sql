-- an unknown-type literal compared to an int column is parsed as int: bad input fails with 22P02, int = text fails with 42883
CREATE TABLE t (id int);
INSERT INTO t VALUES (1), (10);
SELECT id FROM t WHERE id = '10';
SELECT id FROM t WHERE id > '2' ORDER BY id;
SELECT id FROM t WHERE id = 'ten';
SELECT id FROM t WHERE id = 10::text;
