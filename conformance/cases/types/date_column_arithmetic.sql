-- date columns take integer and interval arithmetic
CREATE TABLE t (id int, d date);
INSERT INTO t VALUES (1, '2024-01-31'), (2, '2024-02-29');
SELECT id, d + 1 AS next_day, d - 30 AS month_before, d + interval '1 month' AS next_month FROM t ORDER BY id;
SELECT date '2024-12-25' - d AS days_to_christmas FROM t ORDER BY id;
