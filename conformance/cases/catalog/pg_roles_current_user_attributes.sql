-- pg_roles shows the connected superuser's attributes
SELECT rolname = current_user AS me, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolconnlimit, rolpassword, rolbypassrls FROM pg_roles WHERE rolname = current_user;
