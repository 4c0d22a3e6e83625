-- storing a too-long string in varchar(n) or char(n) fails with 22001
CREATE TABLE t (code varchar(2), c char(1));
INSERT INTO t VALUES ('abc', 'a');
INSERT INTO t VALUES ('ab', 'ab');
UPDATE t SET code = 'xyz';
INSERT INTO t VALUES ('ab', 'a');
SELECT code, c FROM t;
