-- CREATE TABLE IF NOT EXISTS on an existing table keeps it and its rows
CREATE TABLE t (id int);
INSERT INTO t VALUES (1);
CREATE TABLE IF NOT EXISTS t (other text);
SELECT * FROM t;
