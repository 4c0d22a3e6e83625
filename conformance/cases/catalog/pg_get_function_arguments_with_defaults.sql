-- arguments with defaults print them
SELECT pg_get_function_arguments(oid) AS args FROM pg_proc WHERE proname = 'jsonb_set';
