-- CREATE INDEX, IF NOT EXISTS and DROP INDEX leave the table data untouched
CREATE TABLE t (id int, name text);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
CREATE INDEX t_name_idx ON t (name);
CREATE INDEX IF NOT EXISTS t_name_idx ON t (name);
CREATE INDEX t_name_idx ON t (id);
CREATE INDEX ON t (id, name DESC);
SELECT id, name FROM t WHERE name = 'b';
DROP INDEX t_name_idx;
DROP INDEX IF EXISTS t_name_idx;
SELECT count(*) FROM t;
