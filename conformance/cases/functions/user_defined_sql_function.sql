-- a LANGUAGE sql function can be created, called in queries and replaced
CREATE FUNCTION add_tax(price numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(price * 1.2, 2) $$;
SELECT add_tax(10) AS with_tax, add_tax(NULL) AS null_in;
CREATE TABLE t (p numeric);
INSERT INTO t VALUES (1.00), (2.50);
SELECT p, add_tax(p) AS taxed FROM t ORDER BY p;
CREATE OR REPLACE FUNCTION add_tax(price numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT price + 1 $$;
SELECT add_tax(10) AS replaced;
DROP FUNCTION add_tax(numeric);
SELECT add_tax(10);
