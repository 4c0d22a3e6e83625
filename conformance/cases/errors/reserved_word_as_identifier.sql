-- reserved words need quoting as column names (unquoted is 42601) but are allowed as labels after AS
CREATE TABLE t (select int);
CREATE TABLE t ("select" int, "from" text);
INSERT INTO t VALUES (1, 'x');
SELECT "select", "from" FROM t;
SELECT 1 AS from;
SELECT 1 AS "from";
