-- an unknown field name for EXTRACT is 22023
SELECT extract(fortnight FROM timestamp '2024-01-01');
