-- a STORED generated column is computed on insert and update and cannot be written
CREATE TABLE t (w int, h int, area int GENERATED ALWAYS AS (w * h) STORED);
INSERT INTO t (w, h) VALUES (2, 3);
UPDATE t SET w = 10;
INSERT INTO t (w, h, area) VALUES (1, 1, 1);
SELECT w, h, area FROM t;
