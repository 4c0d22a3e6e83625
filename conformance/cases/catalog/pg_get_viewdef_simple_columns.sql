-- pg_get_viewdef prints a simple view's query deparsed: one column per line, WHERE in parentheses
CREATE TABLE t (a int, b text, c numeric);
CREATE VIEW v AS select a, b from t where a > 1;
SELECT pg_get_viewdef('v'::regclass) AS by_oid, pg_get_viewdef('v') AS by_name, pg_get_viewdef('v'::regclass, true) AS pretty;
SELECT definition FROM pg_views WHERE viewname = 'v';
SELECT view_definition FROM information_schema.views WHERE table_name = 'v';
