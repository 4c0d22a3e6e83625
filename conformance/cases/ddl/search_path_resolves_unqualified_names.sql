-- SET search_path decides which schema an unqualified table name resolves to
CREATE SCHEMA s1;
CREATE SCHEMA s2;
CREATE TABLE s1.t (v text);
CREATE TABLE s2.t (v text);
INSERT INTO s1.t VALUES ('one');
INSERT INTO s2.t VALUES ('two');
SET search_path = s2, public;
SELECT v FROM t;
SET search_path = s1, public;
SELECT v FROM t;
SHOW search_path;
RESET search_path;
SELECT v FROM t;
