-- grouping by an enum column, ordered by the enum
CREATE TYPE prio AS ENUM ('p3', 'p2', 'p1');
CREATE TABLE t (id int, p prio);
INSERT INTO t VALUES (1, 'p1'), (2, 'p3'), (3, 'p1'), (4, 'p2'), (5, 'p3'), (6, 'p3');
SELECT p, count(*) AS n FROM t GROUP BY p ORDER BY p;
