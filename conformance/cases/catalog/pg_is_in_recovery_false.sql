-- a primary is not in recovery
SELECT pg_is_in_recovery();
