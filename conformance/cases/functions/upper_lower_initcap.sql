-- upper, lower and initcap change ASCII letter case
SELECT upper('Hello World 1') AS up, lower('Hello World 1') AS low, initcap('hello wORLD foo-bar') AS initcap;
SELECT upper(NULL) AS null_up, lower('') AS empty_low, upper('abc'::varchar(3)) AS varchar_up;
CREATE TABLE t (name text);
INSERT INTO t VALUES ('Ann'), ('BOB');
SELECT name, lower(name) AS low FROM t WHERE upper(name) = 'ANN' OR lower(name) = 'bob' ORDER BY low;
