-- int2vector subscripts start at 0, array subscripts at 1
CREATE TABLE t (a int, b int, c int, PRIMARY KEY (c, a));
SELECT i.indkey[0] AS first_key, i.indkey[1] AS second_key, con.conkey[1] AS first_conkey FROM pg_index i JOIN pg_constraint con ON con.conindid = i.indexrelid WHERE i.indrelid = 't'::regclass;
