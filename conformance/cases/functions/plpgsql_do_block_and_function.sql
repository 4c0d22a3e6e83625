-- a plpgsql function with a loop and a DO block that inserts rows
CREATE TABLE t (n int);
DO $$ BEGIN FOR i IN 1..3 LOOP INSERT INTO t VALUES (i * i); END LOOP; END $$;
SELECT n FROM t ORDER BY n;
CREATE FUNCTION fact(n int) RETURNS bigint LANGUAGE plpgsql AS $$ DECLARE r bigint := 1; BEGIN FOR i IN 2..n LOOP r := r * i; END LOOP; RETURN r; END $$;
SELECT fact(10) AS f10, fact(0) AS f0;
DO $$ BEGIN RAISE EXCEPTION 'boom' USING ERRCODE = '22023'; END $$;
SELECT 1 AS alive;
