-- a table joined to itself through aliases
CREATE TABLE emp (id int, name text, manager_id int);
INSERT INTO emp VALUES (1, 'boss', NULL), (2, 'ann', 1), (3, 'bob', 2);
SELECT e.name AS employee, m.name AS manager FROM emp e LEFT JOIN emp m ON e.manager_id = m.id ORDER BY e.id;
