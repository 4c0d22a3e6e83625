-- inserting a too-long string into varchar(n) fails with 22001, explicit casts truncate
CREATE TABLE t (v varchar(3), c char(3));
INSERT INTO t VALUES ('abc', 'abc');
INSERT INTO t VALUES ('abcd', 'a');
INSERT INTO t VALUES ('a', 'abcd');
INSERT INTO t VALUES ('abc   ', 'a  ');
SELECT 'abcdef'::varchar(3) AS cast_truncates;
SELECT v, c FROM t ORDER BY v;
