-- date_part returns double precision
SELECT date_part('year', timestamp '2024-07-15') AS y, date_part('second', timestamp '2024-07-15 10:00:07.25') AS s, date_part('dow', date '2024-07-15') AS dow;
