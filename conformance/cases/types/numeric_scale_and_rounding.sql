-- numeric(p,s) rounds to the declared scale on input and keeps trailing zeros
CREATE TABLE t (v numeric(8,2));
INSERT INTO t VALUES (1), (1.5), (2.345), (2.355), (-2.345), (0.001);
SELECT v FROM t ORDER BY v;
INSERT INTO t VALUES (1000000);
SELECT 1.10::numeric AS keeps_zero, 1.10::numeric(5,1) AS scaled, 12.345::numeric(4,1) AS rounded;
