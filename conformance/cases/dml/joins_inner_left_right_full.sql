-- inner, left, right and full outer joins fill missing sides with NULL
CREATE TABLE l (id int, lv text);
CREATE TABLE r (id int, rv text);
INSERT INTO l VALUES (1, 'l1'), (2, 'l2');
INSERT INTO r VALUES (2, 'r2'), (3, 'r3');
SELECT l.id, lv, rv FROM l JOIN r ON l.id = r.id ORDER BY l.id;
SELECT l.id, lv, rv FROM l LEFT JOIN r ON l.id = r.id ORDER BY l.id;
SELECT r.id, lv, rv FROM l RIGHT JOIN r ON l.id = r.id ORDER BY r.id;
SELECT l.id AS lid, r.id AS rid, lv, rv FROM l FULL JOIN r ON l.id = r.id ORDER BY coalesce(l.id, r.id);
