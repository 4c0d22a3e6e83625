-- substr and SUBSTRING FROM/FOR use 1-based positions and tolerate out-of-range starts
SELECT substr('alphabet', 3) AS from3, substr('alphabet', 3, 2) AS from3_len2, substr('alphabet', 0, 3) AS from0, substr('alphabet', -2, 5) AS negative, substr('abc', 10) AS past_end;
SELECT substring('Thomas' FROM 2 FOR 3) AS sql_form, substring('Thomas' FROM 3) AS no_for, substring('Thomas' FOR 2) AS no_from, substring('abc123def' FROM '[0-9]+') AS regex;
SELECT substr('abc', 1, -1);
