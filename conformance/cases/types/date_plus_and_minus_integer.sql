-- date ± integer moves by days; date - date is an integer
SELECT date '2024-02-28' + 1 AS a, date '2024-03-01' - 1 AS b, 7 + date '2024-12-28' AS c, date '2025-01-01' - date '2024-01-01' AS d;
