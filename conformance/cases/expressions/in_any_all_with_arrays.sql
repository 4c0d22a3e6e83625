-- IN lists and = ANY / <> ALL with arrays, including NULL elements
SELECT 2 IN (1, 2, 3) AS in_list, 4 NOT IN (1, 2) AS not_in, 2 = ANY (ARRAY[1, 2]) AS any_arr, 5 > ALL (ARRAY[1, 2, 3]) AS all_arr;
SELECT 3 = ANY (ARRAY[1, NULL]) AS any_null, 3 <> ALL (ARRAY[1, NULL]) AS all_null, 1 = ANY ('{}'::int[]) AS any_empty, 1 = ALL ('{}'::int[]) AS all_empty;
SELECT 'b' = ANY ('{a,b}'::text[]) AS text_any, 2 = SOME (ARRAY[2]) AS some_kw;
CREATE TABLE t (id int);
INSERT INTO t VALUES (1), (2), (3), (4);
SELECT id FROM t WHERE id = ANY (ARRAY[2, 4, 6]) ORDER BY id;
