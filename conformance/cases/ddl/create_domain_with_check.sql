-- a domain with a CHECK constraint rejects values in columns and casts with 23514
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TABLE t (n posint);
INSERT INTO t VALUES (5);
INSERT INTO t VALUES (0);
SELECT 3::posint + 1 AS x;
SELECT (-3)::posint;
SELECT n FROM t;
