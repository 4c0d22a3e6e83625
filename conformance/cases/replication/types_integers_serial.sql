-- smallint, bigint, serial and identity columns: defaults are in the streamed tuple.
-- replication: publication=pub
CREATE TABLE t (id bigserial PRIMARY KEY, s smallint, g int GENERATED ALWAYS AS IDENTITY, big bigint, v varchar);
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t (s, big, v) VALUES (1, 9223372036854775807, 'x');
INSERT INTO t (s, big, v) VALUES (-32768, -9223372036854775808, NULL);
