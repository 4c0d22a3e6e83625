-- SELECT INTO creates a new table from a query
CREATE TABLE src (id int);
INSERT INTO src VALUES (1), (2), (3);
SELECT id * 10 AS x INTO dest FROM src WHERE id < 3;
SELECT x FROM dest ORDER BY x;
