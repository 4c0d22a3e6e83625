-- unnest over an array column in a lateral position
CREATE TABLE t (id int, tags text[]);
INSERT INTO t VALUES (1, '{red,green}'), (2, '{blue}');
SELECT t.id, u.tag FROM t, unnest(t.tags) AS u(tag) ORDER BY t.id, u.tag;
