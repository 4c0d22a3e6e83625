-- Array columns: type OIDs of the array types and Postgres's array text format.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, ints int[], texts text[], nums numeric[], flags boolean[]);
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, '{1,2,3}', '{a,"b c","d,e",NULL}', '{1.5,2}', '{t,f}');
INSERT INTO t VALUES (2, '{}', '{""}', NULL, '{}');
