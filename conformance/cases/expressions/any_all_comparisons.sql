-- ANY and ALL with ordering comparisons
SELECT 5 > ALL (ARRAY[1, 2, 3]) AS gt_all, 2 > ALL (ARRAY[1, 2, 3]) AS not_gt_all, 2 < ANY (ARRAY[1, 2, 3]) AS lt_any, 0 >= ANY (ARRAY[1, 2]) AS ge_any;
