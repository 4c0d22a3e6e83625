-- CASE over numeric columns
CREATE TABLE t (id int, price numeric(6,2));
INSERT INTO t VALUES (1, 5.00), (2, 50.00), (3, 500.00);
SELECT id, CASE WHEN price >= 100 THEN 'high' WHEN price >= 10 THEN 'mid' ELSE 'low' END AS band FROM t ORDER BY price DESC;
