-- comparisons of a numeric column with literals are numeric comparisons
CREATE TABLE t (id int, n numeric(10,2));
INSERT INTO t VALUES (1, 9.5), (2, 10), (3, 100);
SELECT id FROM t WHERE n > 9.6 ORDER BY id;
SELECT id FROM t WHERE n <= 10 ORDER BY id;
SELECT id FROM t WHERE n = 10.00 ORDER BY id;
SELECT id FROM t WHERE n BETWEEN 9 AND 11 ORDER BY id;
