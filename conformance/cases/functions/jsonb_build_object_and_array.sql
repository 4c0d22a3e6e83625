-- jsonb_build_object and jsonb_build_array convert SQL values to JSON
SELECT jsonb_build_object('b', 1, 'a', 'x', 'n', NULL, 't', true, 'num', 1.50) AS obj;
SELECT jsonb_build_array(1, 'two', NULL, false, ARRAY[1, 2]) AS arr, json_build_object('z', 1, 'a', 2) AS json_keeps_order;
SELECT jsonb_build_object('k', date '2024-01-02', 'ts', timestamp '2024-01-02 03:04:05') AS dates;
SELECT jsonb_build_object('odd');
