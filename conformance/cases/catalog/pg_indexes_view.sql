-- pg_indexes lists an index with its definition
CREATE TABLE t (id int PRIMARY KEY, v text);
SELECT tablename, indexname, indexdef FROM pg_indexes WHERE tablename = 't';
