-- EXISTS is true when the subquery returns any row, regardless of its columns
CREATE TABLE t (v int);
SELECT EXISTS (SELECT 1 FROM t) AS empty_exists, NOT EXISTS (SELECT 1 FROM t) AS empty_not_exists;
INSERT INTO t VALUES (NULL);
SELECT EXISTS (SELECT v FROM t) AS null_row_exists;
