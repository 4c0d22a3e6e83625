-- a two-column foreign key matches on both columns
CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE child (x int, y int, FOREIGN KEY (x, y) REFERENCES parent (a, b));
INSERT INTO parent VALUES (1, 1), (1, 2);
INSERT INTO child VALUES (1, 2);
INSERT INTO child VALUES (2, 1);
SELECT x, y FROM child ORDER BY x, y;
