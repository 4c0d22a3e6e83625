-- LIKE wildcards % and _, ILIKE case-insensitivity, and escaping a literal %
SELECT 'hello' LIKE 'h%' AS pct, 'hello' LIKE 'h_llo' AS underscore, 'hello' LIKE 'H%' AS case_sens, 'Hello' ILIKE 'h%' AS ilike;
SELECT '50%' LIKE '50\%' AS escaped, '50x' LIKE '50\%' AS not_pct, '5_0' LIKE '5!_0' ESCAPE '!' AS custom_escape;
SELECT 'abc' NOT LIKE 'a%' AS not_like, 'abc' ~~ 'a%' AS op_like, 'ABC' ~~* 'a%' AS op_ilike, NULL LIKE 'a' AS null_like;
CREATE TABLE t (name text);
INSERT INTO t VALUES ('apple'), ('banana'), ('apricot'), ('Avocado');
SELECT name FROM t WHERE name LIKE 'a%' ORDER BY name;
SELECT name FROM t WHERE name ILIKE 'a%' ORDER BY lower(name);
