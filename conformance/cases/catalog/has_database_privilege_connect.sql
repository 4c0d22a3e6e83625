-- the superuser may connect to the current database
SELECT has_database_privilege(current_database(), 'CONNECT') AS c;
