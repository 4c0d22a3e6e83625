-- AND, OR and NOT follow three-valued logic in WHERE clauses
CREATE TABLE t (a boolean, b boolean);
INSERT INTO t VALUES (true, true), (true, false), (true, NULL), (false, NULL), (NULL, NULL);
SELECT a, b, a AND b AS a_and_b, a OR b AS a_or_b, NOT a AS not_a FROM t ORDER BY a NULLS LAST, b NULLS LAST;
SELECT count(*) FROM t WHERE a AND b IS NULL;
