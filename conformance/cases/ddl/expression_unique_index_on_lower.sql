-- a unique index on lower(col) makes the column case-insensitively unique
CREATE TABLE t (id int, email text);
CREATE UNIQUE INDEX t_lower_email ON t (lower(email));
INSERT INTO t VALUES (1, 'Ann@Example.com');
INSERT INTO t VALUES (2, 'ann@example.COM');
INSERT INTO t VALUES (3, 'bob@example.com');
SELECT id, email FROM t WHERE lower(email) = 'ann@example.com';
