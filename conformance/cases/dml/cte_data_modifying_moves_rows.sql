-- a data-modifying CTE's RETURNING feeds the outer INSERT
CREATE TABLE inbox (id int, msg text);
CREATE TABLE archive (id int, msg text);
INSERT INTO inbox VALUES (1, 'old'), (2, 'new'), (3, 'old');
WITH moved AS (DELETE FROM inbox WHERE msg = 'old' RETURNING id, msg)
INSERT INTO archive SELECT id, msg FROM moved;
SELECT id, msg FROM inbox ORDER BY id;
SELECT id, msg FROM archive ORDER BY id;
