-- date_trunc on timestamps for each field
SELECT date_trunc('minute', timestamp '2024-07-15 13:45:30.5') AS mi, date_trunc('second', timestamp '2024-07-15 13:45:30.5') AS s, date_trunc('quarter', timestamp '2024-08-15') AS q, date_trunc('decade', timestamp '2024-08-15') AS dec, date_trunc('century', timestamp '2024-08-15') AS c;
