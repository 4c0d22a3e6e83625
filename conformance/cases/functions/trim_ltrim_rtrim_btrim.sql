-- trim removes spaces or the given characters from either end
SELECT '[' || trim('  x  ') || ']' AS both_sides, '[' || ltrim('  x  ') || ']' AS left_side, '[' || rtrim('  x  ') || ']' AS right_side;
SELECT trim(BOTH 'xy' FROM 'xyxhixyx') AS both_chars, trim(LEADING '0' FROM '000120') AS leading_zero, trim(TRAILING '0' FROM '120000') AS trailing_zero, btrim('--a-b--', '-') AS btrim;
CREATE TABLE t (id int, raw text);
INSERT INTO t VALUES (1, '  padded  '), (2, 'none'), (3, E'\ttab');
SELECT id, '[' || trim(raw) || ']' AS trimmed FROM t ORDER BY id;
