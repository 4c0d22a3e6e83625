-- nextval is not undone by ROLLBACK, so serial values leave gaps
CREATE TABLE t (id serial, v text);
BEGIN;
INSERT INTO t (v) VALUES ('lost');
ROLLBACK;
INSERT INTO t (v) VALUES ('kept') RETURNING id;
SELECT id, v FROM t;
