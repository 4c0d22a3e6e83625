-- to_char with common date/time template patterns
SELECT to_char(timestamp '2024-03-05 07:08:09', 'YYYY-MM-DD') AS iso_date, to_char(timestamp '2024-03-05 07:08:09', 'HH24:MI:SS') AS time24, to_char(timestamp '2024-03-05 19:08:09', 'HH12:MI PM') AS time12, to_char(timestamp '2024-03-05 07:08:09', 'DD.MM.YYYY') AS euro;
