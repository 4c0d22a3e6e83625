-- the current database's encoding and locale
SELECT pg_encoding_to_char(encoding) AS enc, datcollate, datctype, datconnlimit FROM pg_database WHERE datname = current_database();
