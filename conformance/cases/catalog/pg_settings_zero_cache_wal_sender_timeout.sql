-- zero-cache reads wal_sender_timeout with its unit
SELECT name, setting, unit FROM pg_settings WHERE name = 'wal_sender_timeout';
