-- char(n) pads with spaces on storage but ignores them in comparisons and length
CREATE TABLE t (c char(5), v varchar(5), x text);
INSERT INTO t VALUES ('ab', 'ab', 'ab');
SELECT c, v, x, length(c) AS lc, octet_length(c) AS oc, c = 'ab' AS c_eq, c || '|' AS c_concat FROM t;
SELECT 'ab '::char(5) = 'ab'::char(5) AS trailing_ignored, 'ab '::varchar = 'ab'::varchar AS varchar_keeps;
SELECT 'x'::char AS one_char, 'abc'::char AS truncated;
