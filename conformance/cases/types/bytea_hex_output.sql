-- bytea prints in hex, accepts hex and escape input and stores arbitrary bytes
CREATE TABLE t (id int, b bytea);
INSERT INTO t VALUES (1, '\xdeadbeef'), (2, 'abc'), (3, '\000\001'::bytea), (4, '');
SELECT id, b, length(b) AS len FROM t ORDER BY id;
SELECT 'abc'::bytea || '\x00'::bytea AS concat, decode('ff00', 'hex') AS decoded, encode('\x616263'::bytea, 'escape') AS as_text;
SELECT '\xzz'::bytea;
