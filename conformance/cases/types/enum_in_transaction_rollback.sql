-- CREATE TYPE is transactional
BEGIN;
CREATE TYPE temp_enum AS ENUM ('a', 'b');
ROLLBACK;
CREATE TABLE t (v temp_enum);
CREATE TYPE temp_enum AS ENUM ('x');
CREATE TABLE t (v temp_enum);
INSERT INTO t VALUES ('x');
SELECT v FROM t;
