-- DROP TABLE accepts a list of tables
CREATE TABLE a (x int);
CREATE TABLE b (y int);
DROP TABLE a, b;
SELECT * FROM a;
