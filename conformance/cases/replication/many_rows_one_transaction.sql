-- One INSERT … SELECT of many rows is one transaction; rows stream in insert order.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, sq int);
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t SELECT g, g * g FROM generate_series(1, 25) AS g;
UPDATE t SET sq = -sq WHERE id % 10 = 0;
DELETE FROM t WHERE id > 20;
