-- typed literals compare with columns of their type
CREATE TABLE t (id int, at timestamp, span interval);
INSERT INTO t VALUES (1, '2024-01-01 10:00', '2 hours'), (2, '2024-06-01 10:00', '3 days');
SELECT id FROM t WHERE at >= timestamp '2024-03-01' ORDER BY id;
SELECT id FROM t WHERE span < interval '1 day' ORDER BY id;
