-- enum columns take NULL and cast to text
CREATE TYPE answer AS ENUM ('yes', 'no');
CREATE TABLE t (id int, a answer);
INSERT INTO t VALUES (1, 'yes'), (2, NULL), (3, 'no');
SELECT id, a, a::text AS t FROM t ORDER BY id;
SELECT count(*) AS c FROM t WHERE a IS NULL;
