-- updating an enum column and reading it back in enum order
CREATE TYPE stage AS ENUM ('todo', 'doing', 'done');
CREATE TABLE tasks (id int, s stage);
INSERT INTO tasks VALUES (1, 'todo'), (2, 'todo'), (3, 'doing');
UPDATE tasks SET s = 'done' WHERE id = 1;
SELECT id, s FROM tasks ORDER BY s DESC, id;
