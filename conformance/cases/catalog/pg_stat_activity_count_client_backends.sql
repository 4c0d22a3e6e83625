-- counting this database's client backends
SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend';
