-- VALUES rows with numeric literals keep their digits
SELECT * FROM (VALUES (1, 1.50), (2, 2.250)) AS v(id, n) ORDER BY id;
