-- pg_table_size and pg_total_relation_size of an empty table
CREATE TABLE t (a int);
SELECT pg_table_size('t') AS ts, pg_total_relation_size('t') AS trs;
