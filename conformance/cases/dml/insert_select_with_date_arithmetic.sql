-- INSERT … SELECT computing dates
CREATE TABLE src (id int, d date);
CREATE TABLE dst (id int, due date);
INSERT INTO src VALUES (1, '2024-01-31'), (2, '2024-12-31');
INSERT INTO dst SELECT id, d + 30 FROM src;
SELECT id, due FROM dst ORDER BY id;
