-- INSERT RETURNING returns the inserted rows, including defaults and expressions
CREATE TABLE t (id serial, name text, qty int DEFAULT 1);
INSERT INTO t (name) VALUES ('a'), ('b') RETURNING id, name, qty;
INSERT INTO t (name, qty) VALUES ('c', 5) RETURNING *;
INSERT INTO t (name) VALUES ('d') RETURNING id * 100 AS big, upper(name) AS shout;
