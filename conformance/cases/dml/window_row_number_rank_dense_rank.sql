-- ranking window functions over a partition with ties
CREATE TABLE scores (team text, player text, pts int);
INSERT INTO scores VALUES ('x', 'a', 10), ('x', 'b', 20), ('x', 'c', 20), ('y', 'd', 5), ('y', 'e', 7);
SELECT team, player, pts, row_number() OVER (PARTITION BY team ORDER BY pts DESC, player) AS rn, rank() OVER (PARTITION BY team ORDER BY pts DESC) AS rk, dense_rank() OVER (PARTITION BY team ORDER BY pts DESC) AS drk FROM scores ORDER BY team, rn;
