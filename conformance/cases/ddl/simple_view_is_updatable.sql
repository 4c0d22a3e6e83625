-- a single-table view without aggregates accepts INSERT, UPDATE and DELETE
CREATE TABLE t (id int, v text);
CREATE VIEW tv AS SELECT id, v FROM t;
INSERT INTO tv VALUES (1, 'a'), (2, 'b');
UPDATE tv SET v = 'B' WHERE id = 2;
DELETE FROM tv WHERE id = 1;
SELECT id, v FROM t ORDER BY id;
