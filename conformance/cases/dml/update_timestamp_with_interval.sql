-- UPDATE moving timestamps by an interval
CREATE TABLE t (id int, at timestamp);
INSERT INTO t VALUES (1, '2024-01-31 08:00'), (2, '2024-02-29 08:00');
UPDATE t SET at = at + interval '1 month';
SELECT id, at FROM t ORDER BY id;
