-- a plain WITH item read by a data-modifying one, whose RETURNING rows the main SELECT counts (a log purge)
CREATE TABLE log (watermark text, pos int8, PRIMARY KEY (watermark, pos));
INSERT INTO log VALUES ('01', 0), ('01', 1), ('02', 0), ('03', 0), ('03', 1);
WITH keep AS (SELECT max(watermark) AS watermark FROM log),
     purged AS (DELETE FROM log WHERE watermark < '03' AND watermark < (SELECT watermark FROM keep) RETURNING watermark, pos)
SELECT count(*) AS deleted FROM purged;
SELECT * FROM log ORDER BY watermark, pos;
WITH purged AS (DELETE FROM log WHERE watermark < '00' RETURNING watermark) SELECT count(*) AS deleted FROM purged;
