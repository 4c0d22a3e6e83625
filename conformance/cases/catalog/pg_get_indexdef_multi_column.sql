-- pg_get_indexdef of a created multi-column index
CREATE TABLE t (a int, b int);
CREATE INDEX t_ab ON t (a, b DESC);
SELECT pg_get_indexdef('t_ab'::regclass);
