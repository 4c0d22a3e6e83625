-- WITH RECURSIVE builds rows until the recursive term is empty
WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5)
SELECT n FROM c ORDER BY n;
CREATE TABLE tree (id int, parent int);
INSERT INTO tree VALUES (1, NULL), (2, 1), (3, 2), (4, 1);
WITH RECURSIVE sub AS (SELECT id, 0 AS depth FROM tree WHERE id = 1 UNION ALL SELECT t.id, s.depth + 1 FROM tree t JOIN sub s ON t.parent = s.id)
SELECT id, depth FROM sub ORDER BY id;
