-- a string that is not an enum label is 22P02
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE t (m mood);
INSERT INTO t VALUES ('angry');
SELECT count(*) AS rows_after FROM t;
