-- timestamp columns with interval arithmetic and differences
CREATE TABLE t (id int, starts timestamp, ends timestamp);
INSERT INTO t VALUES (1, '2024-01-01 09:00', '2024-01-01 17:30'), (2, '2024-01-01 22:00', '2024-01-03 01:15');
SELECT id, ends - starts AS duration, starts + interval '30 minutes' AS later FROM t ORDER BY id;
SELECT id FROM t WHERE ends - starts > interval '12 hours';
