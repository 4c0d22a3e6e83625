-- length, char_length, octet_length and bit_length count characters or bytes
SELECT length('hello') AS len, char_length('héllo') AS chars, octet_length('héllo') AS bytes, bit_length('ab') AS bits, length('') AS empty, length(NULL) AS null_len;
SELECT length('ab  '::char(4)) AS char_len, length('ab  '::varchar) AS varchar_len, length('\x0102'::bytea) AS bytea_len;
CREATE TABLE t (s text);
INSERT INTO t VALUES ('a'), ('abc'), ('');
SELECT s, length(s) AS len FROM t ORDER BY len;
