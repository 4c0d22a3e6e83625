-- a unique index enforces uniqueness like a constraint, with 23505
CREATE TABLE t (id int, email text);
CREATE UNIQUE INDEX t_email_key ON t (email);
INSERT INTO t VALUES (1, 'a@x');
INSERT INTO t VALUES (2, 'a@x');
INSERT INTO t VALUES (3, 'b@x');
SELECT id, email FROM t ORDER BY id;
