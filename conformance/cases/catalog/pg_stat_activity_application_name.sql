-- application_name follows SET
SET application_name = 'catalog-case';
SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid();
