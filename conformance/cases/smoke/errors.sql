-- SQLSTATEs and messages of everyday errors; the session stays usable after each.
SELECT * FROM no_such_table;
SELECT 1/0;
SELEC 1;
SELECT no_such_column FROM (SELECT 1 AS a) s;
SELECT 'abc'::int;
SELECT 'still alive';
