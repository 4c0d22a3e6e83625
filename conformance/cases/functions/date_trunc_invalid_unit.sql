-- an unknown unit is 22023
SELECT date_trunc('fortnight', timestamp '2024-01-01');
SELECT date_trunc('day', timestamp '2024-01-01 10:00') AS ok;
