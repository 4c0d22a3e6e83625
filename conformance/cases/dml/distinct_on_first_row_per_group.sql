-- DISTINCT ON keeps the first row of each group in ORDER BY order
CREATE TABLE readings (sensor text, at int, val numeric);
INSERT INTO readings VALUES ('a', 1, 1.0), ('a', 3, 3.0), ('b', 2, 20.0), ('b', 1, 10.0), ('c', 5, 0.5);
SELECT DISTINCT ON (sensor) sensor, at, val FROM readings ORDER BY sensor, at DESC;
