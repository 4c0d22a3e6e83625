-- the outer SELECT of a WITH sees a CTE's RETURNING rows
CREATE TABLE t (id serial, v text);
WITH ins AS (INSERT INTO t (v) VALUES ('a'), ('b') RETURNING id, v)
SELECT id, v FROM ins ORDER BY id;
WITH upd AS (UPDATE t SET v = v || '!' RETURNING id, v)
SELECT count(*) AS changed, max(v) AS last FROM upd;
