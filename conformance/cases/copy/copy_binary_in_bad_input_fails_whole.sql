-- Bad binary COPY input fails the COPY with Postgres's SQLSTATE, inserts nothing, and the session goes on
CREATE TABLE t (a int, b text);
-- a good row, then a row with the wrong field count: 22P04, the good row is not kept
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 00000000
0002 00000004 00000001 00000002 6f6b
0001 00000004 00000002
ffff
\.
SELECT count(*) FROM t;
-- not a PGCOPY signature
COPY t FROM STDIN (FORMAT binary);
5047434f50580aff0d0a00 00000000 00000000 ffff
\.
-- the WITH OIDS flag, and an unknown critical flag
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00010000 00000000 ffff
\.
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00020000 00000000 ffff
\.
-- a header extension is skipped; a header cut short is not
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 00000003 616263
0002 00000004 00000007 ffffffff
ffff
\.
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 0000
\.
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 0000
\.
-- an int4 of three bytes, an int4 of five bytes, a negative field length, a tuple cut short
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 00000000
0002 00000003 000001 ffffffff
ffff
\.
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 00000000
0002 00000005 0000000100 ffffffff
ffff
\.
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 00000000
0002 00000004 00000001 fffffffe
ffff
\.
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 00000000
0002 00000004 00000001 00000005 6162
\.
-- data after the trailer
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 00000000
ffff 00
\.
-- no trailer is a clean end; so is an empty stream after the header
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 00000000
0002 00000004 00000008 00000001 7a
\.
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 00000000
\.
-- an empty stream has no signature
COPY t FROM STDIN (FORMAT binary);
\.
-- invalid UTF-8 in a text field
COPY t FROM STDIN (FORMAT binary);
5047434f50590aff0d0a00 00000000 00000000
0002 00000004 00000009 00000002 c328
ffff
\.
SELECT * FROM t ORDER BY a;
