-- age between two timestamps uses years, months and days
SELECT age(timestamp '2001-04-10', timestamp '1957-06-13') AS a, age(timestamp '2024-03-01', timestamp '2024-01-31') AS a2;
SELECT date '2024-01-01' + make_interval(months => 13) AS d, isfinite(date '2024-01-01') AS fin, isfinite('infinity'::timestamp) AS inf;
CREATE TABLE t (born date);
INSERT INTO t VALUES ('2000-02-29'), ('1990-12-31');
SELECT born, age(timestamp '2024-02-28', born) AS age_then FROM t ORDER BY born;
