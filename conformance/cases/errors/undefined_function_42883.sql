-- a missing function or wrong argument types fail with 42883, an operator on two unknown literals with 42725
SELECT no_such_function(1);
SELECT length(1, 2);
SELECT upper(42);
SELECT 'a' - 'b';
SELECT 1 AS ok;
