-- an unqualified column name present in two joined tables fails with 42702
CREATE TABLE a (id int, x int);
CREATE TABLE b (id int, y int);
SELECT id FROM a JOIN b ON a.id = b.id;
SELECT a.id FROM a JOIN b ON a.id = b.id;
