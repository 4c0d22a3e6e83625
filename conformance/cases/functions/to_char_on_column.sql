-- to_char over a timestamp column
CREATE TABLE t (id int, at timestamp);
INSERT INTO t VALUES (1, '2024-12-24 18:30:00'), (2, '2025-01-01 00:00:01');
SELECT id, to_char(at, 'YYYY/MM/DD HH24:MI') AS f FROM t ORDER BY id;
