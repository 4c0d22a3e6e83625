-- bitwise operators on integers
SELECT 12 & 10 AS band, 12 | 10 AS bor, 12 # 10 AS bxor, ~5 AS bnot, 1 << 4 AS shl, 256 >> 2 AS shr;
SELECT 5::smallint & 3::smallint AS i2, 5::bigint | 8 AS i8, pg_typeof(5::smallint & 3::smallint)::text AS t;
CREATE TABLE t (flags int);
INSERT INTO t VALUES (1), (2), (3), (6);
SELECT flags FROM t WHERE flags & 2 <> 0 ORDER BY flags;
