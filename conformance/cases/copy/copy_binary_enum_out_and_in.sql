-- COPY … (FORMAT binary) of an enum column: the label's bytes, as enum_send/enum_recv; out, then back in
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id int PRIMARY KEY, m mood, ms mood[]);
INSERT INTO t VALUES (1, 'happy', '{sad,ok}'), (2, NULL, NULL), (3, 'sad', '{}');
COPY (SELECT id, m FROM t ORDER BY id) TO STDOUT WITH (FORMAT binary);
CREATE TABLE u (id int, m mood);
COPY u FROM STDIN WITH (FORMAT binary);
5047434f50590aff0d0a0000000000000000000002000000040000000100000005686170707900020000000400000002ffffffffffff
\.
SELECT * FROM u;
