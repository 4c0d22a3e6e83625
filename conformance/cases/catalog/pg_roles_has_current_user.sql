-- the connected role exists in pg_roles and is a superuser
SELECT rolsuper, rolcanlogin FROM pg_roles WHERE rolname = current_user;
