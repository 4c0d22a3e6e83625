-- bitwise operators on integers
SELECT 12 & 10 AS band, 12 | 10 AS bor, 12 # 10 AS bxor, ~5 AS bnot, 1 << 4 AS shl, 256 >> 2 AS shr;
