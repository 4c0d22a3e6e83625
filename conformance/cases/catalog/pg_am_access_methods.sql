-- the built-in access methods
SELECT amname, amtype FROM pg_am WHERE amname IN ('heap', 'btree', 'hash') ORDER BY amname;
