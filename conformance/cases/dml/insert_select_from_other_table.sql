-- INSERT ... SELECT copies filtered rows from another table
CREATE TABLE src (id int, v text);
CREATE TABLE dst (id int, v text);
INSERT INTO src VALUES (1, 'a'), (2, 'b'), (3, 'c');
INSERT INTO dst SELECT id, upper(v) FROM src WHERE id <> 2;
INSERT INTO dst SELECT * FROM src WHERE false;
SELECT id, v FROM dst ORDER BY id;
