-- JOIN USING and NATURAL JOIN merge the shared column into one output column
CREATE TABLE a (id int, x text);
CREATE TABLE b (id int, y text);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3');
SELECT * FROM a JOIN b USING (id) ORDER BY id;
SELECT * FROM a NATURAL FULL JOIN b ORDER BY id;
SELECT * FROM a CROSS JOIN b ORDER BY a.id, b.id;
