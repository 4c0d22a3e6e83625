-- a function looked up by name and arity as drivers do
SELECT p.oid, p.prorettype FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'pg_catalog' AND p.proname = 'gen_random_uuid' AND p.pronargs = 0;
