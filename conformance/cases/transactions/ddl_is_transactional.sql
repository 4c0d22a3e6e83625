-- CREATE TABLE and DROP TABLE are undone by ROLLBACK
CREATE TABLE kept (v int);
BEGIN;
CREATE TABLE temp_work (v int);
INSERT INTO temp_work VALUES (1);
DROP TABLE kept;
ROLLBACK;
SELECT count(*) FROM kept;
SELECT count(*) FROM temp_work;
