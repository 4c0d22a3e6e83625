-- make_date, make_time and make_timestamp build values from fields
SELECT make_date(2023, 12, 31) AS d, make_time(23, 59, 59.5) AS t, make_timestamp(2024, 1, 2, 3, 4, 5) AS ts;
SELECT make_date(2023, 2, 30);
