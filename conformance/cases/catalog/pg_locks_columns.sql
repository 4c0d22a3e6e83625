-- pg_locks's column list
SELECT * FROM pg_locks WHERE false;
