-- the bootstrap superuser has OID 10
SELECT oid, rolsuper, rolcanlogin FROM pg_authid WHERE rolname = current_user;
