-- a NOT NULL domain with a DEFAULT fills omitted columns and refuses NULL (also in a cast); named checks are applied in name order
CREATE DOMAIN dnn AS varchar(5) NOT NULL DEFAULT 'none';
CREATE TABLE t2 (id int, v dnn);
INSERT INTO t2 (id) VALUES (1);
INSERT INTO t2 VALUES (2, NULL);
INSERT INTO t2 VALUES (3, 'toolong');
SELECT NULL::dnn;
SELECT 'ab'::dnn AS v, CAST('xy' AS dnn);
SELECT id, v FROM t2;
CREATE DOMAIN pos2 AS int CONSTRAINT is_positive CHECK (VALUE > 0) CONSTRAINT small CHECK (VALUE < 100);
SELECT 150::pos2;
SELECT (-1)::pos2;
SELECT 42::pos2 * 2 AS doubled;
SELECT conname FROM pg_constraint WHERE contypid = 'pos2'::regtype ORDER BY conname;
CREATE DOMAIN pos2 AS int;
