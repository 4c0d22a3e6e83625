-- expressions of the wrong type in typed positions fail with 42804
CREATE TABLE t (id int, flag boolean);
SELECT id FROM t WHERE 1;
SELECT CASE WHEN true THEN 1 ELSE true END;
INSERT INTO t (flag) VALUES (1);
INSERT INTO t (flag) SELECT 1;
INSERT INTO t (id) SELECT '5'::text;
SELECT count(*) FROM t;
