-- a table with the common column types accepts a row and returns it typed
CREATE TABLE t (b boolean, s smallint, i integer, l bigint, n numeric(10,2), r real, d double precision, tx text, vc varchar(10), c char(3), dt date, ts timestamp);
INSERT INTO t VALUES (true, 1, 2, 3, 4.5, 6.25, 7.125, 'x', 'vc', 'ab', '2024-02-29', '2024-02-29 12:34:56');
SELECT * FROM t;
DROP TABLE t;
