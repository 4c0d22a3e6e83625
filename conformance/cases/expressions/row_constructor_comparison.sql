-- row constructors compare lexicographically
SELECT ROW(1, 2) = ROW(1, 2) AS eq, (1, 2) < (1, 3) AS lt, (2, 1) > (1, 9) AS gt, (1, NULL) = (1, 2) AS with_null;
CREATE TABLE t (a int, b int);
INSERT INTO t VALUES (1, 1), (1, 5), (2, 0), (3, 3);
SELECT a, b FROM t WHERE (a, b) > (1, 4) ORDER BY a, b;
SELECT a, b FROM t WHERE (a, b) IN ((1, 1), (3, 3)) ORDER BY a;
