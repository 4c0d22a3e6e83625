-- make_date of a day that does not exist is 22008
SELECT make_date(2023, 2, 29);
SELECT make_date(2024, 2, 29) AS leap;
