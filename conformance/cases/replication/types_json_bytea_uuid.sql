-- jsonb (normalized), json (as given), bytea (hex), uuid, boolean, text with quotes and newlines.
-- replication: publication=pub
CREATE TABLE t (id int PRIMARY KEY, jb jsonb, j json, b bytea, u uuid, ok boolean, s text, c char(3), vc varchar(5));
CREATE PUBLICATION pub FOR TABLE t;
-- @capture
INSERT INTO t VALUES (1, '{"b": 1, "a": [1, 2, {"x": null}]}', '{"b":  1,  "a": 2}', '\xdeadbeef',
  'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', true, E'it''s\nmultiline', 'ab', 'hello');
INSERT INTO t VALUES (2, '[]', 'null', '', '00000000-0000-0000-0000-000000000000', false, '', 'abc', '');
