-- dates print ISO YYYY-MM-DD whatever the input form, and reject impossible dates with 22008
SELECT '2024-02-29'::date AS leap, 'January 8, 1999'::date AS words, '1999-01-08 04:05:06'::date AS with_time;
SELECT '20240131'::date AS compact, 'infinity'::date AS inf, '-infinity'::date AS ninf;
SELECT '0044-03-15 BC'::date AS bc, '10000-01-01'::date AS far;
SELECT '2023-02-29'::date;
SELECT '2024-13-01'::date;
SELECT 'garbage'::date;
