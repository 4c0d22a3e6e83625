-- CREATE TABLE AS copies query results and column types into a new table
CREATE TABLE src (id int, name varchar(20), price numeric(8,2));
INSERT INTO src VALUES (1, 'a', 1.50), (2, 'b', 2.25);
CREATE TABLE copy AS SELECT id, name, price * 2 AS doubled FROM src WHERE id > 0;
SELECT id, name, doubled FROM copy ORDER BY id;
CREATE TABLE empty_copy AS SELECT * FROM src WITH NO DATA;
SELECT count(*) FROM empty_copy;
