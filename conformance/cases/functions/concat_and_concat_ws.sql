-- concat ignores NULLs and concat_ws joins with a separator skipping NULLs
SELECT concat('abc', 2, NULL, 22, true) AS c, concat_ws(',', 'a', NULL, 'b', 3) AS ws, concat_ws(NULL, 'a', 'b') AS null_sep;
CREATE TABLE t (a text, b text);
INSERT INTO t VALUES ('x', NULL), ('y', 'z');
SELECT concat(a, b) AS c, concat_ws('-', a, b) AS ws, a || b AS op FROM t ORDER BY a;
