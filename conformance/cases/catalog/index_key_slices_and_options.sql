-- indkey as an array: slices with omitted bounds keep int2vector's 0-based subscripts; indoption has DESC and NULLS FIRST bits
CREATE TABLE t (a int, b text, c int, PRIMARY KEY (c, a));
CREATE INDEX t_b_desc ON t (b DESC, a);
CREATE INDEX t_c_nulls ON t (c NULLS FIRST, b DESC NULLS LAST);
SELECT c.relname, (i.indkey::smallint[])[:i.indnkeyatts - 1] AS keys, (i.indkey::smallint[])[1:] AS rest, i.indoption[0] AS opt0, i.indoption[1] AS opt1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 't'::regclass ORDER BY c.relname;
SELECT c.relname, (SELECT array_agg(attname ORDER BY attnum) FROM pg_attribute WHERE attrelid = i.indrelid AND attnum = ANY((i.indkey::smallint[])[:i.indnkeyatts - 1])) AS cols FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 't'::regclass ORDER BY c.relname;
SELECT (ARRAY[1, 2, 3, 4])[2:3] AS mid, (ARRAY[1, 2, 3])[:2] AS head, (ARRAY['x', 'y'])[2:] AS tail, (ARRAY[1, 2])[5:] AS none;
SELECT ARRAY['a'] <@ ARRAY['a', 'b'] AS contained, ARRAY['a', 'c'] <@ ARRAY['a', 'b'] AS not_contained, ARRAY[1, 2] @> ARRAY[2] AS contains;
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 't' ORDER BY indexname;
SELECT substring('_text' from 2) || repeat('[]', 2) AS type_name, false = ALL(ARRAY[false, false]) AS all_false, false = ALL(ARRAY[true, false]) AS not_all;
