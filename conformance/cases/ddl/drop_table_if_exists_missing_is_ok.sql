-- DROP TABLE IF EXISTS on a missing table succeeds, plain DROP TABLE fails with 42P01
DROP TABLE IF EXISTS no_such_table;
DROP TABLE no_such_table;
SELECT 1 AS still_alive;
