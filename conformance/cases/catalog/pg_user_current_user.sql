-- pg_user shows the connected user
SELECT usename = current_user AS me, usesysid, usecreatedb, usesuper, userepl, usebypassrls, passwd FROM pg_user WHERE usename = current_user;
