-- the active backend's query is the statement running
SELECT query LIKE 'SELECT query LIKE %pg_stat_activity%' AS running_this FROM pg_stat_activity WHERE pid = pg_backend_pid();
