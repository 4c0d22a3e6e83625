-- referencing a missing column fails with 42703 in select lists, WHERE, INSERT and UPDATE
CREATE TABLE t (id int);
SELECT nope FROM t;
SELECT id FROM t WHERE nope = 1;
INSERT INTO t (nope) VALUES (1);
UPDATE t SET nope = 1;
SELECT t.nope FROM t;
SELECT id FROM t;
