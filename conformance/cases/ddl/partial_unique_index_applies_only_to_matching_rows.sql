-- a partial unique index only constrains rows matching its WHERE clause
CREATE TABLE t (id int, name text, active boolean);
CREATE UNIQUE INDEX one_active_name ON t (name) WHERE active;
INSERT INTO t VALUES (1, 'a', true), (2, 'a', false), (3, 'a', false);
INSERT INTO t VALUES (4, 'a', true);
SELECT id, name, active FROM t ORDER BY id;
