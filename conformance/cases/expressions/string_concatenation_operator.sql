-- || concatenates text and non-text operands, and yields NULL when an operand is NULL
SELECT 'a' || 'b' AS ab, 'n=' || 42 AS with_int, 1.5 || 'x' AS num_first, 'a' || NULL AS with_null, true || '!' AS bool_text;
SELECT ARRAY[1, 2] || 3 AS arr_elem, ARRAY[1] || ARRAY[2, 3] AS arr_arr, 0 || ARRAY[1] AS elem_arr;
CREATE TABLE t (first text, last text);
INSERT INTO t VALUES ('ann', 'lee'), ('bob', NULL);
SELECT first || ' ' || last AS full_name, first || ' ' || coalesce(last, '?') AS safe FROM t ORDER BY first;
