-- pg_get_function_result and pg_get_function_arguments print a function's signature
SELECT pg_get_function_result(oid) AS result, pg_get_function_arguments(oid) AS args FROM pg_proc WHERE proname = 'split_part';
