-- to_date, to_timestamp and to_number parse strings with templates
SET TimeZone = 'UTC';
SELECT to_date('05 Dec 2000', 'DD Mon YYYY') AS d, to_timestamp('2024-01-02 03:04:05', 'YYYY-MM-DD HH24:MI:SS') AS ts, to_number('12,454.8-', '99G999D9S') AS n;
SELECT to_timestamp(0) AS epoch0, to_timestamp(1700000000.5) AS epoch_frac;
SELECT to_date('2024-13-01', 'YYYY-MM-DD');
