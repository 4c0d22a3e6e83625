-- LIKE distinguishes case; ILIKE does not
CREATE TABLE t (name text);
INSERT INTO t VALUES ('Alice'), ('alice'), ('ALICE'), ('bob');
SELECT name FROM t WHERE name LIKE 'a%' ORDER BY name;
SELECT name FROM t WHERE name LIKE 'A%' ORDER BY name;
SELECT name FROM t WHERE name ILIKE 'a%' ORDER BY name;
SELECT name FROM t WHERE name NOT ILIKE 'A%' ORDER BY name;
