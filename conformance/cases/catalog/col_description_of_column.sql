-- col_description reads a column comment
CREATE TABLE t (a int, b int);
COMMENT ON COLUMN t.b IS 'the b column';
SELECT col_description('t'::regclass, 2) AS b, col_description('t'::regclass, 1) AS a;
