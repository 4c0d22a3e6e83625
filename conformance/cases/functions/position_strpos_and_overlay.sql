-- position and strpos return 1-based offsets or 0, overlay replaces a range
SELECT position('om' IN 'Thomas') AS pos, strpos('high', 'ig') AS strpos, position('z' IN 'abc') AS missing, position('' IN 'abc') AS empty_needle;
SELECT overlay('Txxxxas' PLACING 'hom' FROM 2 FOR 4) AS overlay;
CREATE TABLE t (email text);
INSERT INTO t VALUES ('ann@example.com'), ('nobody');
SELECT email, position('@' IN email) AS at_pos, substr(email, position('@' IN email) + 1) AS domain FROM t ORDER BY email;
