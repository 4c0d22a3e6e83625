-- subtracting timestamps gives an interval in days and time
SELECT timestamp '2024-03-02 12:00' - timestamp '2024-03-01 06:30' AS a, timestamp '2024-01-01' - timestamp '2024-02-15 01:00' AS b;
