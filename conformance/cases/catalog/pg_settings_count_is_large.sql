-- pg_settings lists the session's parameters
SELECT count(*) > 50 AS many FROM pg_settings;
