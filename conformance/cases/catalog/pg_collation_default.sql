-- pg_collation has default, C and POSIX
SELECT collname, collprovider FROM pg_collation WHERE collname IN ('default', 'C', 'POSIX') ORDER BY oid;
