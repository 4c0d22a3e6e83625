-- generate_series over timestamps with an interval step
SELECT d FROM generate_series(timestamp '2024-01-29', timestamp '2024-02-02', interval '1 day') AS d;
SELECT h FROM generate_series(timestamp '2024-01-01 22:00', timestamp '2024-01-02 01:00', interval '90 minutes') AS h;
