-- NULL elements make ANY/ALL unknown unless the answer is decided
SELECT 1 = ANY (ARRAY[1, NULL]) AS found, 3 = ANY (ARRAY[1, NULL]) AS unknown_any, 3 > ALL (ARRAY[1, NULL]) AS unknown_all, 0 > ALL (ARRAY[1, NULL]) AS decided_false;
