-- pg_stat_activity has a row for this backend with its database, role and state
SELECT datname = current_database() AS db, usename = current_user AS usr, state, backend_type FROM pg_stat_activity WHERE pid = pg_backend_pid();
