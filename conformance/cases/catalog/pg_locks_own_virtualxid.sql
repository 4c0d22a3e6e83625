-- a backend running a statement holds its virtual transaction id lock
SELECT locktype, mode, granted FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'virtualxid';
