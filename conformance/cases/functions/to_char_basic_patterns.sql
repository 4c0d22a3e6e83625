-- to_char formats dates and numbers with basic template patterns
SELECT to_char(timestamp '2024-02-06 15:04:05', 'YYYY-MM-DD HH24:MI:SS') AS iso, to_char(timestamp '2024-02-06 15:04:05', 'DD/MM/YY HH12:MI AM') AS us, to_char(date '2024-02-06', 'Mon DD, YYYY') AS mon, to_char(date '2024-02-06', 'FMMonth FMDD') AS fm;
SELECT to_char(1234.567, '9999.99') AS n1, to_char(1234.5, 'FM9,999.00') AS n2, to_char(-12, '999') AS neg, to_char(7, '000') AS zeros, to_char(12345, '99') AS overflow;
SELECT to_char(interval '15h 2m 12s', 'HH24:MI:SS') AS iv;
