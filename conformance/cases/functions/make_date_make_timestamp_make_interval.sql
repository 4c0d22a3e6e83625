-- make_date, make_time, make_timestamp and make_interval build values from parts
SELECT make_date(2024, 2, 29) AS d, make_time(8, 15, 23.5) AS t, make_timestamp(2024, 7, 15, 8, 15, 23.5) AS ts;
SELECT make_interval(days => 10) AS iv_days, make_interval(1, 2, 0, 3, 4, 5, 6.5) AS iv_all;
SELECT make_date(2023, 2, 29);
SELECT make_date(-44, 3, 15) AS bc;
