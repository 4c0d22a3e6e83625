-- century, decade and millennium of a date
SELECT extract(century FROM date '2000-12-31') AS c2000, extract(century FROM date '2001-01-01') AS c2001, extract(decade FROM date '2024-01-01') AS dec, extract(millennium FROM date '2024-01-01') AS mil;
