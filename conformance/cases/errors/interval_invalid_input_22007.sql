-- an interval that cannot be read is 22007
SELECT 'one day'::interval;
SELECT interval '1 fortnight';
