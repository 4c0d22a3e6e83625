-- pg_proc has the built-in lower() overloads with their return and argument types
SELECT proname, prokind, prorettype::regtype::text AS ret, proargtypes::text AS args, pronargs, proretset, provolatile, proisstrict FROM pg_proc WHERE proname = 'lower' ORDER BY oid;
