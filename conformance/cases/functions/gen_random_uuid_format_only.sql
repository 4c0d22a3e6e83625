-- gen_random_uuid returns a version 4 uuid: check its type, length and shape, never its value
SELECT pg_typeof(gen_random_uuid())::text AS t, length(gen_random_uuid()::text) AS len;
SELECT gen_random_uuid()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' AS v4_shape;
SELECT gen_random_uuid() <> gen_random_uuid() AS differ;
CREATE TABLE t (id uuid DEFAULT gen_random_uuid(), v int);
INSERT INTO t (v) VALUES (1), (2);
SELECT count(DISTINCT id) AS distinct_ids FROM t;
