-- date and timestamp comparisons
CREATE TABLE t (id int, d date);
INSERT INTO t VALUES (1, '2024-01-15'), (2, '2024-02-15'), (3, '2024-03-15');
SELECT id FROM t WHERE d BETWEEN date '2024-02-01' AND date '2024-03-31' ORDER BY id;
SELECT id FROM t WHERE d < date '2024-02-01' + 30 ORDER BY id;
