-- count(*), count(col) and count(DISTINCT col) differ on NULLs and duplicates
CREATE TABLE t (v int);
INSERT INTO t VALUES (1), (1), (2), (NULL), (NULL);
SELECT count(*) AS rows, count(v) AS non_null, count(DISTINCT v) AS distinct_non_null, coalesce(sum(v), 0) AS total, max(v) AS mx FROM t;
