-- scalar, IN and EXISTS subqueries, including correlated ones
CREATE TABLE emp (id int, dept int, salary int);
INSERT INTO emp VALUES (1, 10, 100), (2, 10, 200), (3, 20, 150), (4, 30, 50);
SELECT id FROM emp WHERE salary > (SELECT avg(salary) FROM emp) ORDER BY id;
SELECT id FROM emp WHERE dept IN (SELECT dept FROM emp WHERE salary >= 150) ORDER BY id;
SELECT id FROM emp e WHERE EXISTS (SELECT 1 FROM emp o WHERE o.dept = e.dept AND o.id <> e.id) ORDER BY id;
SELECT id, (SELECT max(salary) FROM emp o WHERE o.dept = e.dept) AS dept_max FROM emp e ORDER BY id;
SELECT id FROM emp WHERE dept NOT IN (SELECT dept FROM emp WHERE salary < 100) ORDER BY id;
