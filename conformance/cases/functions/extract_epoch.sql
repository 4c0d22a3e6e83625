-- epoch of a timestamp and of a date
SELECT extract(epoch FROM timestamp '2024-01-01 00:00:01.5') AS ts_epoch, extract(epoch FROM date '1970-01-02') AS d_epoch;
