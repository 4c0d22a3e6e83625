-- enum values sort by declaration order, reject unknown labels and can be extended
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id int, m mood);
INSERT INTO t VALUES (1, 'happy'), (2, 'sad'), (3, 'ok');
SELECT id, m FROM t ORDER BY m;
SELECT id FROM t WHERE m > 'sad' ORDER BY id;
INSERT INTO t VALUES (4, 'angry');
ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';
SELECT enum_range(NULL::mood) AS all_values, m::text AS as_text FROM t WHERE id = 1;
