-- pg_database has the current database with UTF8 encoding
SELECT pg_encoding_to_char(encoding) AS enc, datallowconn FROM pg_database WHERE datname = current_database();
